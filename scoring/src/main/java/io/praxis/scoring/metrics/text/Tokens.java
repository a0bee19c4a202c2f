package io.praxis.scoring.metrics.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tokenizer and n-gram counting shared by BLEU and ROUGE (METRICS.md, "Text
 * tokenization"): lowercase, split on runs of whitespace (space, \t, \n, \r, \f, \v), drop
 * empty tokens. Punctuation is kept and there is no stemming.
 */
public final class Tokens {

    private Tokens() {
    }

    /**
     * Tokenizes a text: {@code "  The cat\tsat "} → {@code [the, cat, sat]}. Lowercasing uses
     * {@link Locale#ROOT}.
     */
    public static List<String> tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); i++) {
            if (isSeparator(lower.charAt(i))) {
                if (start >= 0) {
                    tokens.add(lower.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            tokens.add(lower.substring(start));
        }
        return tokens;
    }

    /** Whether {@code c} is one of the six separators: space, \t, \n, \u000B (\v), \f, \r. */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Counts the n-grams of a token list: a map from each n-gram (an immutable list of n tokens)
     * to its number of occurrences. Empty when the list has fewer than n tokens.
     *
     * @param n the n-gram order, ≥ 1
     */
    public static Map<List<String>, Integer> ngramCounts(List<String> tokens, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be ≥ 1, got " + n);
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    /** The number of n-grams in a list of {@code length} tokens: max(0, length − n + 1). */
    public static int ngramCount(int length, int n) {
        return Math.max(0, length - n + 1);
    }
}
