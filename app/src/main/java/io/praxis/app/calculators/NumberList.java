package io.praxis.app.calculators;

import io.praxis.scoring.metrics.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of numbers typed or pasted into one field, separated by commas, semicolons, spaces or
 * line breaks, with the position of each item for messages: "item 3" when the list is on one
 * line, "line 7" when it spans several.
 *
 * @param values  the numbers, in order (empty when there is a problem)
 * @param lines     the line of each number, counting from 1
 * @param multiline whether the list spans several lines (positions are then lines, not items)
 * @param problem the first problem, e.g. "line 7: 'abc' is not a number"; {@code null} when valid
 */
record NumberList(double[] values, int[] lines, boolean multiline, String problem) {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /**
     * Parses a list.
     *
     * @param max  the most items accepted
     * @param what what the list holds, for the empty message ("latencies")
     */
    static NumberList parse(String text, int max, String what) {
        long limit = 40L * max;
        if (text.length() > limit) {
            return failed(false, "the text is too long: " + Numbers.count(text.length()) + " characters, at most "
                    + Numbers.count(limit));
        }
        List<String> all = Numbers.lines(text);
        long nonBlank = all.stream().filter(l -> !l.isBlank()).count();
        boolean multi = nonBlank > 1;
        double[] values = new double[16];
        int[] lines = new int[16];
        int n = 0;
        for (int li = 0; li < all.size(); li++) {
            for (String item : Numbers.items(all.get(li))) {
                String where = multi ? "line " + (li + 1) : "item " + (n + 1);
                if (n >= max) {
                    return failed(multi, where + ": too many values, at most " + Numbers.count(max));
                }
                Double v = Numbers.parseNumber(item);
                if (v == null) {
                    return failed(multi, where + ": " + Numbers.quote(item) + " is not a number");
                }
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                    lines = Arrays.copyOf(lines, n * 2);
                }
                values[n] = v;
                lines[n] = li + 1;
                n++;
            }
        }
        if (n == 0) {
            return failed(multi, "no " + what + ": type numbers separated by commas or line breaks");
        }
        return new NumberList(Arrays.copyOf(values, n), Arrays.copyOf(lines, n), multi, null);
    }

    private static NumberList failed(boolean multi, String problem) {
        return new NumberList(new double[0], new int[0], multi, problem);
    }

    boolean ok() {
        return problem == null;
    }

    /** "line 7" or "item 3" for the item at {@code index}. */
    String where(int index) {
        return multiline ? "line " + lines[index] : "item " + (index + 1);
    }

    /** Prefixes a scoring message about {@code field[i]} with the item's position. */
    String locate(InvalidInputException e) {
        Matcher m = INDEX.matcher(e.field());
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            if (i < values.length) {
                return where(i) + ": " + e.getMessage();
            }
        }
        return e.getMessage();
    }
}
