package io.praxis.app.calculators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses pasted classifier scores: one {@code label,score} pair per line, label 0 or 1, score a
 * number in [0, 1]. An optional header line ({@code label,score}) may come first; blank lines
 * and lines starting with {@code #} are skipped; the separator may be a comma, semicolon or tab;
 * values may be quoted. Every problem names its line (counting from 1, blank lines included),
 * e.g. {@code line 7: score 'abc' is not a number}.
 */
final class ScoresCsv {

    /** The most data rows accepted. */
    static final int MAX_ROWS = 100_000;
    /** The longest text accepted, in characters (100,000 rows of up to 40 characters). */
    static final int MAX_CHARS = 4_000_000;
    /** The most problems reported; further ones are only counted. */
    static final int MAX_PROBLEMS = 10;

    /** A problem on one line. */
    record Problem(int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? "line " + line + ": " + message : message;
        }
    }

    /**
     * The outcome: either data (labels, scores and the line of each row) or problems.
     *
     * @param labels        0/1 labels, one per data row
     * @param scores        scores, one per data row
     * @param lines         the line number of each data row, for messages about rows
     * @param problems      up to {@link #MAX_PROBLEMS} problems, in line order; empty when valid
     * @param problemCount  the total number of problems
     */
    record Parsed(int[] labels, double[] scores, int[] lines, List<Problem> problems, int problemCount) {
        boolean ok() {
            return problemCount == 0;
        }

        int rows() {
            return labels.length;
        }
    }

    private ScoresCsv() {
    }

    static Parsed parse(String text) {
        if (text.length() > MAX_CHARS) {
            return new Parsed(new int[0], new double[0], new int[0], List.of(new Problem(0, "the pasted text is too "
                    + "long: " + Numbers.count(text.length()) + " characters, at most " + Numbers.count(MAX_CHARS))), 1);
        }
        int[] labels = new int[1024];
        double[] scores = new double[1024];
        int[] lineOf = new int[1024];
        int rows = 0;
        List<Problem> problems = new ArrayList<>();
        int problemCount = 0;
        boolean seenContent = false;
        List<String> all = Numbers.lines(text);
        for (int index = 0; index < all.size(); index++) {
            int line = index + 1;
            String s = all.get(index).strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            boolean first = !seenContent;
            seenContent = true;
            String[] cells = split(s);
            if (first && cells.length == 2 && isHeader(cells)) {
                continue;
            }
            String problem = null;
            int label = 0;
            double score = 0;
            if (rows >= MAX_ROWS) {
                problem = "too many rows: at most " + Numbers.count(MAX_ROWS) + " data rows are accepted";
            } else if (cells.length != 2) {
                problem = "expected 2 values (label,score), got " + cells.length;
            } else {
                String l = cells[0];
                if (l.equals("1") || l.equals("0")) {
                    label = l.charAt(0) - '0';
                } else {
                    problem = "label " + Numbers.quote(l) + " must be 0 or 1";
                }
                if (problem == null) {
                    Double v = Numbers.parseNumber(cells[1]);
                    if (v == null) {
                        problem = "score " + Numbers.quote(cells[1]) + " is not a number";
                    } else if (v < 0 || v > 1) {
                        problem = "score " + cells[1] + " must be between 0 and 1";
                    } else {
                        score = v;
                    }
                }
            }
            if (problem != null) {
                problemCount++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(new Problem(line, problem));
                }
                if (rows >= MAX_ROWS) {
                    break; // one "too many rows" is enough
                }
                continue;
            }
            if (rows == labels.length) {
                int cap = Math.min(MAX_ROWS, rows * 2);
                labels = Arrays.copyOf(labels, cap);
                scores = Arrays.copyOf(scores, cap);
                lineOf = Arrays.copyOf(lineOf, cap);
            }
            labels[rows] = label;
            scores[rows] = score;
            lineOf[rows] = line;
            rows++;
        }
        if (rows == 0 && problemCount == 0) {
            problems.add(new Problem(0, "no data: paste one label,score pair per line, e.g. 1,0.93"));
            problemCount = 1;
        }
        return new Parsed(Arrays.copyOf(labels, rows), Arrays.copyOf(scores, rows), Arrays.copyOf(lineOf, rows),
                List.copyOf(problems), problemCount);
    }

    /** Formats labels and scores as CSV with a header line. */
    static String format(int[] labels, double[] scores) {
        StringBuilder sb = new StringBuilder(labels.length * 8 + 16).append("label,score\n");
        for (int i = 0; i < labels.length; i++) {
            sb.append(labels[i]).append(',').append(Numbers.format(scores[i])).append('\n');
        }
        return sb.toString();
    }

    private static boolean isHeader(String[] cells) {
        return Numbers.parseNumber(cells[0]) == null && Numbers.parseNumber(cells[1]) == null;
    }

    private static String[] split(String line) {
        char sep = line.indexOf(',') >= 0 ? ',' : line.indexOf(';') >= 0 ? ';' : '\t';
        List<String> cells = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == sep) {
                cells.add(unquote(line.substring(start, i).strip()));
                start = i + 1;
            }
        }
        if (sep == '\t' && cells.size() == 1) {
            // "1 0.5": whitespace-separated
            String[] parts = line.strip().split("\\s+");
            return parts;
        }
        return cells.toArray(String[]::new);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"'
                || s.charAt(0) == '\'' && s.charAt(s.length() - 1) == '\'')) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
