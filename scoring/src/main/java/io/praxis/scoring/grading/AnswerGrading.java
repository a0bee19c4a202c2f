package io.praxis.scoring.grading;

import io.praxis.content.practice.Concept;
import io.praxis.content.practice.Criterion;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Grades one answer against one compiled rubric. A new instance per answer; not shared.
 * The rules are documented on {@link Grader}; the constants here are their parameters.
 */
final class AnswerGrading {

    /** The concept id under which an exemplar match is reported. */
    static final String EXEMPLAR = "exemplar";

    static final int NEGATION_WINDOW = 4;
    static final int MIN_SUBSTANTIVE_WORDS = 6;
    static final int MIN_WORDS_PER_SEPARATOR = 3;
    /** A sentence earns at most one concept per this many words (at least one). */
    static final int WORDS_PER_CONCEPT = 7;
    static final double EXEMPLAR_SIMILARITY = 0.5;
    static final int PROMPT_GRAM = 5;
    static final double PASTED_SENTENCE_SHARE = 0.6;
    static final double PASTED_FLAG_SHARE = 0.5;
    static final int SHINGLE = 8;
    static final double REPEATED_SHINGLE_SHARE = 0.5;
    static final double PADDING_FLAG_SHARE = 0.2;
    static final double STUFFED_SENTENCE_SHARE = 0.6;
    static final int STUFFING_MIN_LOST = 4;
    static final int STUFFING_MIN_CONCEPTS = 8;
    static final double STUFFING_WORDS_PER_CONCEPT = 10;
    static final double OFF_TOPIC_SHARE = 0.25;
    static final int OFF_TOPIC_MAX_CONCEPTS = 2;
    static final double KNOWN_WORD_SHARE = 0.5;

    /** Overlapping concept matches of one sentence: words [start, end) and the new pairs they signal. */
    record Mention(int start, int end, Set<Long> pairs) {
    }

    /** What a grade needs besides the rubric: the text to detect pasting against, and the case's words. */
    record Inputs(Set<String> promptGrams, Set<String> vocabulary) {
    }

    private final CompiledRubric rubric;
    private final Inputs inputs;
    private final Set<String> knownWords;
    private final AnalyzedText text;

    private final Set<String> commonStems;

    AnswerGrading(CompiledRubric rubric, Inputs inputs, Set<String> knownWords, Set<String> commonStems,
            AnalyzedText text) {
        this.commonStems = commonStems;
        this.rubric = rubric;
        this.inputs = inputs;
        this.knownWords = knownWords;
        this.text = text;
    }

    static Set<String> grams(List<String> stems, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= stems.size(); i++) {
            out.add(String.join(" ", stems.subList(i, i + n)));
        }
        return out;
    }

    GradeReport grade() {
        List<Token> tokens = text.tokens();
        List<Sentence> sentences = text.sentences();
        int n = sentences.size();
        List<Criterion> criteria = rubric.rubric().criteria();
        int criteriaCount = criteria.size();

        // 1. repeats (padding) and pasted prompt
        boolean[] excluded = new boolean[n];
        Set<String> seenKeys = new HashSet<>();
        Set<String> seenShingles = new HashSet<>();
        int repeatWords = 0;
        int pastedWords = 0;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            List<String> stems = text.tokensOf(s).stream().map(Token::stem).toList();
            String key = String.join(" ", stems);
            List<String> shingles = new ArrayList<>();
            for (int j = 0; j + SHINGLE <= stems.size(); j++) {
                shingles.add(String.join(" ", stems.subList(j, j + SHINGLE)));
            }
            boolean repeat = false;
            if (s.words() >= 3 && seenKeys.contains(key)) {
                repeat = true;
            } else if (!shingles.isEmpty()) {
                long seen = shingles.stream().filter(seenShingles::contains).count();
                repeat = seen >= REPEATED_SHINGLE_SHARE * shingles.size();
            }
            seenKeys.add(key);
            seenShingles.addAll(shingles);
            if (repeat) {
                excluded[i] = true;
                repeatWords += s.words();
            } else if (s.words() >= PROMPT_GRAM && !inputs.promptGrams().isEmpty()) {
                int total = 0;
                int inPrompt = 0;
                for (int j = 0; j + PROMPT_GRAM <= stems.size(); j++) {
                    total++;
                    if (inputs.promptGrams().contains(String.join(" ", stems.subList(j, j + PROMPT_GRAM)))) {
                        inPrompt++;
                    }
                }
                if (inPrompt >= PASTED_SENTENCE_SHARE * total) {
                    excluded[i] = true;
                    pastedWords += s.words();
                }
            }
        }
        int totalWords = tokens.size();
        int uniqueWords = totalWords - repeatWords;

        // 2. concepts, anti-indicators and exemplars, sentence by sentence
        boolean[][] matched = new boolean[criteriaCount][];
        List<TreeMap<Integer, List<String>>> evidence = new ArrayList<>();
        List<Set<Integer>> antiHits = new ArrayList<>();
        for (int c = 0; c < criteriaCount; c++) {
            matched[c] = new boolean[criteria.get(c).concepts().size()];
            evidence.add(new TreeMap<>());
            antiHits.add(new TreeSet<>());
        }
        boolean[] exemplar = new boolean[criteriaCount];
        int negatedMatches = 0;
        int hitSentences = 0;
        int stuffedSentences = 0;
        int listLost = 0;
        int capLost = 0;
        int credited = 0;
        for (int i = 0; i < n; i++) {
            if (excluded[i]) {
                continue;
            }
            Sentence s = sentences.get(i);
            List<Token> st = text.tokensOf(s);
            List<int[]> matches = new ArrayList<>();
            for (int j = 0; j < st.size(); j++) {
                for (CompiledRubric.Pattern p : rubric.patternsStartingWith(st.get(j).stem())) {
                    if (!matchesAt(st, j, p.stems())) {
                        continue;
                    }
                    boolean negated = isNegated(st, s, j);
                    if (p.isAnti()) {
                        if (!negated) {
                            antiHits.get(p.criterion()).add(p.anti());
                        }
                    } else if (negated) {
                        negatedMatches++;
                    } else {
                        matches.add(new int[] {j, j + p.stems().length, p.criterion(), p.concept()});
                    }
                }
            }
            boolean substantive = isSubstantive(st, s);
            List<Mention> mentions = mentions(matches);
            if (!mentions.isEmpty()) {
                hitSentences++;
                int cap = substantive ? Math.max(1, s.words() / WORDS_PER_CONCEPT) : 0;
                if (mentions.size() > cap) {
                    stuffedSentences++;
                    if (substantive) {
                        capLost += mentions.size() - cap;
                    } else {
                        listLost += mentions.size();
                    }
                }
                credited += Math.min(cap, mentions.size());
                for (Mention mention : mentions.subList(0, Math.min(cap, mentions.size()))) {
                    for (long pair : mention.pairs()) {
                        int c = (int) (pair >>> 32);
                        int k = (int) pair;
                        matched[c][k] = true;
                        String id = criteria.get(c).concepts().get(k).id();
                        List<String> ids = evidence.get(c).computeIfAbsent(i, x -> new ArrayList<>());
                        if (!ids.contains(id)) {
                            ids.add(id);
                        }
                    }
                }
            }
            if (substantive) {
                Map<String, Integer> bag = null;
                for (int c = 0; c < criteriaCount; c++) {
                    if (exemplar[c] || rubric.exemplars(c).isEmpty()) {
                        continue;
                    }
                    if (bag == null) {
                        bag = CompiledRubric.bag(st);
                    }
                    for (Map<String, Integer> e : rubric.exemplars(c)) {
                        if (CompiledRubric.cosine(bag, e) >= EXEMPLAR_SIMILARITY) {
                            exemplar[c] = true;
                            evidence.get(c).computeIfAbsent(i, x -> new ArrayList<>()).add(EXEMPLAR);
                            break;
                        }
                    }
                }
            }
        }

        // 3. levels
        int[] levels = new int[criteriaCount];
        int[] found = new int[criteriaCount];
        int distinctConcepts = 0;
        int nearThreshold = 0;
        for (int c = 0; c < criteriaCount; c++) {
            Criterion criterion = criteria.get(c);
            int m = exemplar[c] ? 1 : 0;
            for (boolean b : matched[c]) {
                if (b) {
                    m++;
                    distinctConcepts++;
                }
            }
            found[c] = m;
            int raw = levelFor(criterion.thresholds(), m);
            levels[c] = Math.max(0, raw - antiHits.get(c).size());
            boolean onThreshold = m > 0 && criterion.thresholds().contains(m);
            boolean justBelow = raw < Criterion.MAX_LEVEL && m == criterion.thresholds().get(raw) - 1;
            if (onThreshold || justBelow) {
                nearThreshold++;
            }
        }

        // 4. flags
        List<Flag> flags = new ArrayList<>();
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (uniqueWords < Grader.SHORT_WORDS) {
            flags.add(new Flag(Flag.Code.TOO_SHORT, "The answer has " + number.format(uniqueWords)
                    + " words. Answers under " + Grader.SHORT_WORDS
                    + " words are graded, but rarely cover enough to judge, so a mentor will look at it."));
        }
        if (totalWords > 0 && pastedWords >= PASTED_FLAG_SHARE * totalWords) {
            flags.add(new Flag(Flag.Code.PROMPT_PASTED, percent(pastedWords, totalWords)
                    + " of the answer repeats the question or its context. Repeated text earns nothing, and the score is"
                    + " capped at " + Flag.Code.PROMPT_PASTED.cap() + "."));
        }
        boolean listHeavy = listLost >= STUFFING_MIN_LOST && listLost > credited;
        boolean packed = hitSentences >= 3 && capLost >= STUFFING_MIN_LOST
                && stuffedSentences >= STUFFED_SENTENCE_SHARE * hitSentences;
        boolean denseConcepts = distinctConcepts >= STUFFING_MIN_CONCEPTS
                && uniqueWords < STUFFING_WORDS_PER_CONCEPT * distinctConcepts;
        if (listHeavy || packed || denseConcepts) {
            flags.add(new Flag(Flag.Code.KEYWORD_STUFFING, "Rubric terms appear in lists or packed sentences rather"
                    + " than in statements that explain them, so the score is capped at "
                    + Flag.Code.KEYWORD_STUFFING.cap() + "."));
        }
        if (totalWords > 0 && repeatWords >= PADDING_FLAG_SHARE * totalWords) {
            flags.add(new Flag(Flag.Code.PADDING, percent(repeatWords, totalWords)
                    + " of the words repeat earlier sentences. Only the first occurrence is graded."));
        }
        int contentWords = 0;
        int onTopic = 0;
        int known = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            if (excluded[i]) {
                continue;
            }
            for (Token t : text.tokensOf(sentences.get(i))) {
                counted++;
                boolean stop = Lexicon.isStopWord(t.surface());
                if (t.isNumber() || stop || knownWords.contains(t.stem())) {
                    known++;
                }
                // Only distinctive words say what a text is about: everyday words ("start", "hour",
                // "good") appear in any rubric's plain phrasings and in any off-topic text alike.
                if (!stop && !t.isNumber() && !commonStems.contains(t.stem())) {
                    contentWords++;
                    if (inputs.vocabulary().contains(t.stem())) {
                        onTopic++;
                    }
                }
            }
        }
        if (counted > 0 && distinctConcepts <= OFF_TOPIC_MAX_CONCEPTS
                && (contentWords == 0 || onTopic < OFF_TOPIC_SHARE * contentWords)) {
            flags.add(new Flag(Flag.Code.OFF_TOPIC, "Only " + percent(onTopic, Math.max(1, contentWords))
                    + " of the answer's content words relate to this case, so the score is capped at "
                    + Flag.Code.OFF_TOPIC.cap() + "."));
        }
        if (counted > 0 && known < KNOWN_WORD_SHARE * counted) {
            flags.add(new Flag(Flag.Code.GIBBERISH, "Only " + percent(known, counted)
                    + " of the words are recognisable English words, so the score is capped at "
                    + Flag.Code.GIBBERISH.cap() + "."));
        }

        // 5. overall, confidence, report
        long weighted = 0;
        long weights = 0;
        List<CriterionGrade> grades = new ArrayList<>();
        for (int c = 0; c < criteriaCount; c++) {
            Criterion criterion = criteria.get(c);
            weighted += (long) criterion.weight() * levels[c];
            weights += criterion.weight();
            grades.add(criterionGrade(criterion, levels[c], found[c], matched[c], exemplar[c], evidence.get(c),
                    antiHits.get(c)));
        }
        int overall = weights == 0 ? 0 : (int) Math.round(100.0 * weighted / (3.0 * weights));
        for (Flag f : flags) {
            overall = Math.min(overall, f.code().cap());
        }
        int cents = 90 - Math.min(30, 5 * nearThreshold);
        if (uniqueWords < 80) {
            cents -= 15;
        }
        if (negatedMatches > 2) {
            cents -= 10;
        }
        if (!flags.isEmpty()) {
            cents = Math.min(cents, 50);
        }
        cents = Math.max(0, Math.min(100, cents));
        boolean needsReview = !flags.isEmpty() || cents < Grader.REVIEW_CONFIDENCE_PERCENT;
        return new GradeReport(rubric.rubric().id(), rubric.rubric().version(), rubric.rubric().versionTag(),
                overall, cents / 100.0, needsReview, flags, totalWords, grades);
    }

    private CriterionGrade criterionGrade(Criterion criterion, int level, int found, boolean[] matched,
            boolean exemplar, TreeMap<Integer, List<String>> evidence, Set<Integer> antiHits) {
        List<Evidence> quotes = new ArrayList<>();
        evidence.forEach((i, ids) -> {
            Sentence s = text.sentences().get(i);
            quotes.add(new Evidence(s.start(), s.end(), text.text().substring(s.start(), s.end()), ids));
        });
        List<String> ids = new ArrayList<>();
        List<MissingConcept> missing = new ArrayList<>();
        for (int k = 0; k < matched.length; k++) {
            Concept concept = criterion.concepts().get(k);
            if (matched[k]) {
                ids.add(concept.id());
            } else {
                missing.add(new MissingConcept(concept.id(), concept.label()));
            }
        }
        if (exemplar) {
            ids.add(EXEMPLAR);
        }
        int next = level + 1;
        return new CriterionGrade(criterion.id(), criterion.title(), criterion.weight(), level,
                (int) Math.round(level * 100.0 / Criterion.MAX_LEVEL), quotes, ids, missing,
                criterion.descriptor(level), level < Criterion.MAX_LEVEL ? criterion.descriptor(next) : null,
                feedback(criterion, level, found, missing, antiHits), criterion.lessons());
    }

    private static String feedback(Criterion criterion, int level, int found, List<MissingConcept> missing,
            Set<Integer> antiHits) {
        StringBuilder out = new StringBuilder();
        if (!antiHits.isEmpty()) {
            List<String> notes = antiHits.stream().map(a -> criterion.anti().get(a).note())
                    .map(note -> note == null || note.isBlank() ? "contradicts this criterion" : note).toList();
            out.append(antiHits.size() == 1 ? "Lowered by one level: the answer " : "Lowered by "
                    + antiHits.size() + " levels: the answer ").append(String.join("; ", notes)).append('.');
        }
        if (level < Criterion.MAX_LEVEL) {
            int needed = criterion.thresholds().get(level) - found;
            if (needed > 0 && !missing.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append("For level ").append(level + 1).append(", also cover ")
                        .append(needed == 1 ? "one more of: " : needed + " more of: ")
                        .append(String.join("; ", missing.stream().map(MissingConcept::label).toList()))
                        .append('.');
            } else if (out.isEmpty()) {
                out.append("For level ").append(level + 1).append(": ").append(criterion.descriptor(level + 1));
            }
        } else if (out.isEmpty()) {
            out.append("Reaches the top level for this criterion.");
        }
        return out.toString();
    }

    /**
     * Groups a sentence's concept matches into mentions: matches whose word spans overlap are one
     * mention (the words "spam folder" may signal a concept in two criteria). Each mention holds
     * the (criterion, concept) pairs it signals that no earlier mention of the sentence did;
     * mentions with nothing new are dropped. In sentence order.
     */
    static List<Mention> mentions(List<int[]> matches) {
        matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : a[1] != b[1] ? Integer.compare(a[1], b[1])
                : a[2] != b[2] ? Integer.compare(a[2], b[2]) : Integer.compare(a[3], b[3]));
        List<Mention> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Set<Long> current = null;
        int currentStart = -1;
        int currentEnd = -1;
        for (int[] m : matches) {
            long pair = ((long) m[2] << 32) | m[3];
            if (current == null || m[0] >= currentEnd) {
                if (current != null && !current.isEmpty()) {
                    out.add(new Mention(currentStart, currentEnd, current));
                }
                current = new LinkedHashSet<>();
                currentStart = m[0];
                currentEnd = m[1];
            } else {
                currentEnd = Math.max(currentEnd, m[1]);
            }
            if (seen.add(pair)) {
                current.add(pair);
            }
        }
        if (current != null && !current.isEmpty()) {
            out.add(new Mention(currentStart, currentEnd, current));
        }
        return out;
    }

    static int levelFor(List<Integer> thresholds, int found) {
        int level = 0;
        for (int l = 1; l <= Criterion.MAX_LEVEL; l++) {
            if (found >= thresholds.get(l - 1)) {
                level = l;
            }
        }
        return level;
    }

    private static boolean matchesAt(List<Token> tokens, int at, String[] stems) {
        if (at + stems.length > tokens.size()) {
            return false;
        }
        for (int j = 1; j < stems.length; j++) {
            if (!tokens.get(at + j).stem().equals(stems[j])) {
                return false;
            }
        }
        return true;
    }

    /** A negation cue within {@link #NEGATION_WINDOW} words before the match, in the same clause. */
    private static boolean isNegated(List<Token> tokens, Sentence s, int at) {
        int clause = s.clauses()[at];
        for (int q = at - 1; q >= 0 && q >= at - NEGATION_WINDOW; q--) {
            if (s.clauses()[q] != clause) {
                return false;
            }
            if (Lexicon.isNegationCue(tokens, q)) {
                return true;
            }
        }
        return false;
    }

    /** At least six words, a verb-like word, and not a list (three words or more per comma or slash). */
    static boolean isSubstantive(List<Token> tokens, Sentence s) {
        int words = tokens.size();
        if (words < MIN_SUBSTANTIVE_WORDS || words < MIN_WORDS_PER_SEPARATOR * (s.separators() + 1)) {
            return false;
        }
        for (int i = 0; i < words; i++) {
            if (Lexicon.isVerbLike(tokens, 0, i)) {
                return true;
            }
        }
        return false;
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }
}
