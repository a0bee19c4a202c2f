package io.praxis.scoring.metrics.perplexity;

import io.praxis.scoring.metrics.MetricValue;

/**
 * Perplexity and cross-entropy of a language model on one text (METRICS.md §6,
 * {@code perplexity}).
 */
public final class PerplexityMetrics {

    private static final double LN_2 = Math.log(2.0);

    private PerplexityMetrics() {
    }

    /**
     * Computes, with N tokens:
     * <ul>
     * <li>perplexity = exp(−(1/N) Σ ln pᵢ)</li>
     * <li>cross_entropy_bits = −(1/N) Σ log₂ pᵢ = log₂(perplexity)</li>
     * </ul>
     * The logs are summed (the probabilities are never multiplied), so values as small as
     * 1e-300 do not underflow. Both are undefined when some pᵢ = 0 (the result is infinite).
     * Perplexity alone is undefined when it exceeds the largest double (≈1.8e308, e.g. a single
     * token of probability 1e-320), while the cross-entropy is still given.
     */
    public static PerplexityResult compute(PerplexityInput in) {
        double[] p = in.probs();
        double sumLn = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0.0) {
                String reason = "token_probs[" + i + "] is 0: perplexity and cross-entropy are infinite";
                return new PerplexityResult(MetricValue.undefined(reason), MetricValue.undefined(reason));
            }
            sumLn += Math.log(p[i]);
        }
        double meanNegLn = -sumLn / p.length;
        double perplexity = Math.exp(meanNegLn);
        MetricValue ppl = Double.isFinite(perplexity)
                ? MetricValue.of(perplexity)
                : MetricValue.undefined("perplexity exp(" + meanNegLn + ") is larger than the largest double "
                        + "(≈1.8e308); see cross_entropy_bits");
        return new PerplexityResult(ppl, MetricValue.of(meanNegLn / LN_2));
    }
}
