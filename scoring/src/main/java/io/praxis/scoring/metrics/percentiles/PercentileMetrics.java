package io.praxis.scoring.metrics.percentiles;

import io.praxis.scoring.metrics.MetricValue;
import java.util.Arrays;

/**
 * Latency percentiles (METRICS.md §11, {@code percentiles}), as NumPy's default
 * {@code method="linear"}.
 */
public final class PercentileMetrics {

    private PercentileMetrics() {
    }

    /**
     * Computes p50, p90, p95, p99 by {@link #percentile}, the arithmetic mean and the maximum.
     * All are always defined (the input is non-empty).
     */
    public static PercentilesResult compute(PercentilesInput in) {
        double[] sorted = in.values().clone();
        Arrays.sort(sorted);
        double sum = 0.0;
        double compensation = 0.0; // Kahan–Neumaier summation
        for (double v : sorted) {
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        double mean = (sum + compensation) / sorted.length;
        if (!Double.isFinite(mean)) { // the sum overflowed: average scaled values instead
            double m = 0.0;
            for (double v : sorted) {
                m += v / sorted.length;
            }
            mean = m;
        }
        return new PercentilesResult(
                MetricValue.of(percentileOfSorted(sorted, 50)),
                MetricValue.of(percentileOfSorted(sorted, 90)),
                MetricValue.of(percentileOfSorted(sorted, 95)),
                MetricValue.of(percentileOfSorted(sorted, 99)),
                MetricValue.of(mean),
                MetricValue.of(sorted[sorted.length - 1]));
    }

    /**
     * The q-th percentile by linear interpolation (NumPy's default, Hyndman–Fan type 7, Excel's
     * PERCENTILE.INC; not nearest-rank): sort ascending as x₀…xₙ₋₁, let h = (n−1)·q/100, then
     * p = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
     *
     * @param values non-empty, finite, in any order (not modified)
     * @param q      the percentile, in [0, 100]
     */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentileOfSorted(sorted, q);
    }

    static double percentileOfSorted(double[] sorted, double q) {
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("q must be in [0, 100], got " + q);
        }
        double h = (sorted.length - 1) * (q / 100.0);
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[lo + 1];
        double diff = b - a;
        // NumPy's _lerp: interpolate from the nearer end, so t = 1 gives b exactly.
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
