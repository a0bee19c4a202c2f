package io.praxis.scoring.metrics.drift;

import io.praxis.scoring.metrics.MetricValue;

/**
 * Population stability index and KL divergence between an expected and an actual histogram
 * (METRICS.md §9, {@code drift}).
 */
public final class DriftMetrics {

    /** The value that replaces an empty bin in the PSI. */
    public static final double PSI_EPSILON = 1e-4;

    private DriftMetrics() {
    }

    /**
     * Both lists are first normalised to proportions eᵢ = expectedᵢ/Σ, aᵢ = actualᵢ/Σ.
     * <ul>
     * <li>psi = Σ (a'ᵢ − e'ᵢ)·ln(a'ᵢ/e'ᵢ) with x' = x if x &gt; 0, otherwise ε = 10⁻⁴. Only
     *     exact zeros are replaced (1e-6 stays 1e-6), there is no renormalisation afterwards,
     *     and a bin empty in both lists contributes 0. Always defined.</li>
     * <li>kl_divergence = KL(actual ‖ expected) = Σ_{aᵢ&gt;0} aᵢ·ln(aᵢ/eᵢ), natural log, no ε
     *     (scipy {@code entropy(actual, expected)}); undefined (infinite) when some eᵢ = 0
     *     while aᵢ &gt; 0.</li>
     * </ul>
     */
    public static DriftResult compute(DriftInput in) {
        double[] e = normalise(in.expectedBins());
        double[] a = normalise(in.actualBins());
        double psi = 0.0;
        double kl = 0.0;
        int infiniteBin = -1;
        for (int i = 0; i < e.length; i++) {
            double ei = e[i] > 0 ? e[i] : PSI_EPSILON;
            double ai = a[i] > 0 ? a[i] : PSI_EPSILON;
            psi += (ai - ei) * logRatio(ai, ei);
            if (a[i] > 0) {
                if (e[i] > 0) {
                    kl += a[i] * logRatio(a[i], e[i]);
                } else if (infiniteBin < 0) {
                    infiniteBin = i;
                }
            }
        }
        MetricValue klValue = infiniteBin >= 0
                ? MetricValue.undefined("an expected bin is 0 where the actual bin is not (bin " + infiniteBin
                        + "): KL is infinite")
                : MetricValue.of(kl);
        return new DriftResult(MetricValue.of(psi), klValue);
    }

    /** ln(x/y) for x, y &gt; 0, without overflow when the ratio leaves the double range. */
    static double logRatio(double x, double y) {
        double r = x / y;
        return r > 0 && Double.isFinite(r) ? Math.log(r) : Math.log(x) - Math.log(y);
    }

    /** x/Σx; scaled by the maximum first when the plain sum would overflow. */
    static double[] normalise(double[] x) {
        double sum = 0.0;
        for (double v : x) {
            sum += v;
        }
        double[] out = new double[x.length];
        if (Double.isFinite(sum)) {
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i] / sum;
            }
            return out;
        }
        double max = 0.0;
        for (double v : x) {
            max = Math.max(max, v);
        }
        double scaledSum = 0.0;
        for (double v : x) {
            scaledSum += v / max;
        }
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] / max / scaledSum;
        }
        return out;
    }
}
