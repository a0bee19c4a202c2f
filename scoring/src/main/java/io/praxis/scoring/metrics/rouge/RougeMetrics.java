package io.praxis.scoring.metrics.rouge;

import io.praxis.scoring.metrics.MetricValue;
import io.praxis.scoring.metrics.text.Tokens;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N and sentence-level ROUGE-L (METRICS.md §5, {@code rouge}), after Lin (2004), with the
 * whitespace tokenizer of {@link Tokens#tokenize}.
 */
public final class RougeMetrics {

    private RougeMetrics() {
    }

    /**
     * Computes ROUGE-1, ROUGE-2 and ROUGE-L.
     * <ul>
     * <li>ROUGE-N: overlap = Σ over n-grams of min(count in candidate, count in reference);
     *     precision = overlap / #candidate n-grams (undefined when the candidate has none:
     *     empty, or fewer than 2 tokens for ROUGE-2); recall = overlap / #reference n-grams
     *     (undefined when the reference has none: ROUGE-2 of a one-token reference);
     *     f1 = 2·overlap / (#candidate + #reference n-grams), 0 without overlap and undefined
     *     only when neither text has n-grams.</li>
     * <li>ROUGE-L: L = length of the longest common token subsequence; precision = L/|cand|
     *     (undefined for an empty candidate), recall = L/|ref|, f1 = 2L/(|cand|+|ref|) (β = 1,
     *     not Lin's β = P/R).</li>
     * </ul>
     * Google's rouge-score returns 0 where these are undefined.
     */
    public static RougeResult compute(RougeInput in) {
        List<String> cand = Tokens.tokenize(in.candidate());
        List<String> ref = Tokens.tokenize(in.reference());
        return new RougeResult(rougeN(cand, ref, 1), rougeN(cand, ref, 2), rougeL(cand, ref));
    }

    static RougeScore rougeN(List<String> cand, List<String> ref, int n) {
        Map<List<String>, Integer> candCounts = Tokens.ngramCounts(cand, n);
        Map<List<String>, Integer> refCounts = Tokens.ngramCounts(ref, n);
        long overlap = 0;
        for (Map.Entry<List<String>, Integer> e : candCounts.entrySet()) {
            overlap += Math.min(e.getValue(), refCounts.getOrDefault(e.getKey(), 0));
        }
        int candTotal = Tokens.ngramCount(cand.size(), n);
        int refTotal = Tokens.ngramCount(ref.size(), n);
        String gram = n + "-grams";
        MetricValue precision = MetricValue.ratio(overlap, candTotal,
                "candidate has no " + gram + " (" + cand.size() + " token" + (cand.size() == 1 ? "" : "s") + ")");
        MetricValue recall = MetricValue.ratio(overlap, refTotal,
                "reference has no " + gram + " (" + ref.size() + " token" + (ref.size() == 1 ? "" : "s") + ")");
        MetricValue f1 = MetricValue.ratio(2.0 * overlap, (double) candTotal + refTotal,
                "neither candidate nor reference has any " + gram);
        return new RougeScore(precision, recall, f1);
    }

    static RougeScore rougeL(List<String> cand, List<String> ref) {
        int l = lcsLength(cand, ref);
        MetricValue precision = MetricValue.ratio(l, cand.size(), "candidate is empty (no tokens)");
        MetricValue recall = MetricValue.ratio(l, ref.size(), "reference is empty (no tokens)");
        MetricValue f1 = MetricValue.ratio(2.0 * l, (double) cand.size() + ref.size(),
                "candidate and reference are both empty");
        return new RougeScore(precision, recall, f1);
    }

    /** Length of the longest common subsequence, O(|a|·|b|) time and O(|b|) memory. */
    static int lcsLength(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
