package io.praxis.scoring.metrics.bleu;

import io.praxis.scoring.metrics.MetricValue;
import io.praxis.scoring.metrics.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus-level BLEU (METRICS.md §4, {@code bleu}), as NLTK's {@code corpus_bleu} with weights
 * (¼, ¼, ¼, ¼) and no smoothing.
 */
public final class BleuMetrics {

    /** The highest n-gram order. */
    static final int MAX_N = 4;

    private BleuMetrics() {
    }

    /**
     * Computes corpus BLEU. Texts are tokenized by {@link Tokens#tokenize}.
     * <ul>
     * <li>For each segment and n = 1…4: matches = Σ over the candidate's n-grams of
     *     min(count in candidate, max count in any one reference); denominator =
     *     max(1, number of candidate n-grams) (NLTK: a segment shorter than n tokens adds 0/1).</li>
     * <li>pₙ = Σ matches / Σ denominators over the corpus (never undefined).</li>
     * <li>c = Σ candidate lengths; r = Σ closest reference lengths, the closest minimising
     *     |len_ref − len_cand| with ties going to the shorter reference.</li>
     * <li>BP = 1 if c &gt; r, 0 if c = 0, otherwise exp(1 − r/c).</li>
     * <li>bleu = BP·exp(Σ ¼·ln pₙ), and exactly 0 when any pₙ = 0 (NLTK returns a ~1e-77
     *     artefact for a zero order above 1).</li>
     * </ul>
     */
    public static BleuResult compute(BleuInput in) {
        long[] matches = new long[MAX_N + 1];
        long[] denominators = new long[MAX_N + 1];
        long c = 0;
        long r = 0;
        for (int s = 0; s < in.candidates().size(); s++) {
            List<String> hyp = Tokens.tokenize(in.candidates().get(s));
            List<List<String>> refs = new ArrayList<>();
            for (String ref : in.references().get(s)) {
                refs.add(Tokens.tokenize(ref));
            }
            for (int n = 1; n <= MAX_N; n++) {
                Map<List<String>, Integer> hypCounts = Tokens.ngramCounts(hyp, n);
                Map<List<String>, Integer> maxRef = new HashMap<>();
                for (List<String> ref : refs) {
                    Tokens.ngramCounts(ref, n).forEach((g, k) -> maxRef.merge(g, k, Math::max));
                }
                long segmentMatches = 0;
                for (Map.Entry<List<String>, Integer> e : hypCounts.entrySet()) {
                    segmentMatches += Math.min(e.getValue(), maxRef.getOrDefault(e.getKey(), 0));
                }
                matches[n] += segmentMatches;
                denominators[n] += Math.max(1, Tokens.ngramCount(hyp.size(), n));
            }
            c += hyp.size();
            r += closestReferenceLength(hyp.size(), refs);
        }

        MetricValue[] p = new MetricValue[MAX_N + 1];
        boolean anyZero = false;
        double logSum = 0.0;
        for (int n = 1; n <= MAX_N; n++) {
            p[n] = MetricValue.of((double) matches[n] / denominators[n]);
            if (matches[n] == 0) {
                anyZero = true;
            } else {
                logSum += 0.25 * Math.log((double) matches[n] / denominators[n]);
            }
        }
        double bp = brevityPenalty(c, r);
        double bleu = anyZero || bp == 0.0 ? 0.0 : bp * Math.exp(logSum);
        return new BleuResult(MetricValue.of(bleu), p[1], p[2], p[3], p[4], MetricValue.of(bp), c, r);
    }

    /**
     * The reference length closest to the candidate length; a tie goes to the shorter
     * reference (NLTK's {@code closest_ref_length}).
     */
    static int closestReferenceLength(int hypLength, List<List<String>> refs) {
        int best = -1;
        for (List<String> ref : refs) {
            int len = ref.size();
            if (best < 0) {
                best = len;
                continue;
            }
            int d = Math.abs(len - hypLength);
            int bestD = Math.abs(best - hypLength);
            if (d < bestD || (d == bestD && len < best)) {
                best = len;
            }
        }
        return best;
    }

    /** BP = 1 if c &gt; r, 0 if c = 0, otherwise exp(1 − r/c). */
    static double brevityPenalty(long c, long r) {
        if (c > r) {
            return 1.0;
        }
        if (c == 0) {
            return 0.0;
        }
        return Math.exp(1.0 - (double) r / c);
    }
}
