package io.praxis.scoring.grading;

import io.praxis.content.search.PraxisAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into stemmed tokens and sentences with exact character offsets.
 *
 * <p>Words come from Praxis's index analyzer ({@link PraxisAnalyzers#index()}: standard
 * tokenizer, possessives removed, lower case, ASCII folding, Porter stemming), the same chain
 * search uses, so rubric phrases and answers are reduced the same way. Sentences come from
 * {@link BreakIterator#getSentenceInstance(Locale)}, further split at line breaks so that each
 * bullet or heading is its own unit. Thread-safe: Lucene analyzers keep per-thread state, and a
 * break iterator is created per call.
 */
final class TextAnalyzer {

    /** Words that start a new clause (negation does not reach across them). */
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "though", "whereas",
            "whilst");

    private final Analyzer analyzer;

    TextAnalyzer(PraxisAnalyzers analyzers) {
        this.analyzer = analyzers.index();
    }

    /** Replaces typographic quotes and apostrophes one for one, so that offsets stay valid. */
    static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            switch (chars[i]) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> chars[i] = '\'';
                case '\u201C', '\u201D' -> chars[i] = '"';
                case '\u00A0', '\u2007', '\u202F' -> chars[i] = ' ';
                default -> {
                }
            }
        }
        return new String(chars);
    }

    /** The tokens of a text, in order. */
    List<Token> tokens(String text) {
        String normalised = normalise(text);
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", normalised)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                out.add(new Token(term.toString(), normalised.substring(start, end).toLowerCase(Locale.ROOT),
                        start, end));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text", e);
        }
        return out;
    }

    /** The stems of a phrase, in order. */
    List<String> stems(String phrase) {
        return tokens(phrase).stream().map(Token::stem).toList();
    }

    /** Tokens and sentences of a text. */
    AnalyzedText analyze(String text) {
        String normalised = normalise(text);
        List<Token> tokens = tokens(normalised);
        String lines = joinWrappedLines(normalised);
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(lines);
        int next = 0;
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            int lineStart = from;
            for (int i = from; i <= to; i++) {
                if (i == to || lines.charAt(i) == '\n') {
                    next = addSentence(normalised, tokens, lineStart, i, next, sentences);
                    lineStart = i + 1;
                }
            }
        }
        return new AnalyzedText(text, List.copyOf(tokens), List.copyOf(sentences));
    }

    /**
     * The text with line breaks that only wrap a paragraph turned into spaces (same length, so
     * offsets stay valid). A line break stays a break when a blank line or a list item, heading
     * or numbered item follows, when the line before ends in sentence punctuation or a colon,
     * or when the line before is short (five words or fewer, e.g. a heading).
     */
    static String joinWrappedLines(String text) {
        char[] chars = text.replace('\r', ' ').toCharArray();
        int lineStart = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '\n') {
                continue;
            }
            String before = new String(chars, lineStart, i - lineStart).strip();
            int next = i + 1;
            int lineEnd = next;
            while (lineEnd < chars.length && chars[lineEnd] != '\n') {
                lineEnd++;
            }
            String after = new String(chars, next, lineEnd - next).strip();
            boolean keep = before.isEmpty() || after.isEmpty() || startsItem(after)
                    || ".!?:;".indexOf(before.charAt(before.length() - 1)) >= 0
                    || (before.endsWith("**") || before.endsWith("__"))
                    || before.split("\\s+").length <= 5 && !before.endsWith(",");
            if (!keep) {
                chars[i] = ' ';
            }
            lineStart = next;
        }
        return new String(chars);
    }

    private static boolean startsItem(String line) {
        char c = line.charAt(0);
        if (c == '-' || c == '*' || c == '\u2022' || c == '#' || c == '>' || c == '+') {
            return true;
        }
        int i = 0;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 0 && i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')');
    }

    private static int addSentence(String text, List<Token> tokens, int from, int to, int next,
            List<Sentence> out) {
        int first = next;
        while (first < tokens.size() && tokens.get(first).start() < from) {
            first++;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < to) {
            end++;
        }
        if (end == first) {
            return end;
        }
        // a list number ("1." or "2)") at the start of a line is a marker, not a word
        Token head = tokens.get(first);
        if (end - first == 1 && head.isNumber() && text.substring(head.end(), to).strip().matches("[.)]")) {
            return end;
        }
        if (end - first > 1 && head.isNumber() && text.substring(from, head.start()).isBlank()
                && head.end() + 1 < text.length() && (text.charAt(head.end()) == '.' || text.charAt(head.end()) == ')')
                && Character.isWhitespace(text.charAt(head.end() + 1))) {
            first++;
        }
        int start = tokens.get(first).start();
        // keep an opening quote or bracket that directly precedes the first word
        while (start > from && "\"'(*".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        int stop = tokens.get(end - 1).end();
        // keep closing punctuation that directly follows the last word
        while (stop < to && ".!?\"')*%".indexOf(text.charAt(stop)) >= 0) {
            stop++;
        }
        int[] clauses = new int[end - first];
        int clause = 0;
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (i > first) {
                String gap = text.substring(tokens.get(i - 1).end(), t.start());
                if (breaksClause(gap) || CLAUSE_WORDS.contains(t.surface())) {
                    clause++;
                }
            }
            clauses[i - first] = clause;
        }
        int separators = 0;
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '/' || (c == ',' && !(i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))))) {
                separators++;
            }
        }
        out.add(new Sentence(start, stop, first, end, clauses, separators));
        return end;
    }

    private static boolean breaksClause(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2013' || c == '\u2014') {
                return true;
            }
            if (c == '-' && i > 0 && i + 1 < gap.length() && gap.charAt(i - 1) == ' ' && gap.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
