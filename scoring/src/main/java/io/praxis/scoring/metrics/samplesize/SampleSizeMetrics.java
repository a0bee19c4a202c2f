package io.praxis.scoring.metrics.samplesize;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import io.praxis.scoring.metrics.stats.Normal;

/**
 * Sample size per arm for a two-sided two-proportion test (METRICS.md §8, {@code samplesize}),
 * as statsmodels' {@code NormalIndPower().solve_power(effect_size=h, ratio=1,
 * alternative="two-sided")}.
 */
public final class SampleSizeMetrics {

    /** Above 2^53 a double no longer holds every integer, so ⌈n⌉ would be meaningless. */
    static final double MAX_N = 0x1p53;

    private SampleSizeMetrics() {
    }

    /**
     * Computes:
     * <ul>
     * <li>cohens_h h = 2·asin(√p₂) − 2·asin(√p₁) (statsmodels {@code proportion_effectsize(p₂, p₁)}).</li>
     * <li>n_per_arm_unrounded: the n solving Φ(h·√(n/2) − z) + Φ(−h·√(n/2) − z) = power with
     *     z = z₁₋α/₂. The second tail is kept: the textbook closed form
     *     n = 2((z + z_power)/h)² ignores it and is about 2.4e-6 relative too large at α = 0.05,
     *     power = 0.8. With x = h·√(n/2), the equation is solved as
     *     Q(x − z) − Q(x + z) = 1 − power (Q the upper tail, exact for power near 1) by
     *     bisection on [0, z + z_power] down to adjacent doubles, then n = 2(x/h)².</li>
     * <li>n_per_arm = ⌈n_per_arm_unrounded⌉.</li>
     * </ul>
     *
     * @throws InvalidInputException on field {@code mde} when the effect is so small that n
     *                               would exceed 2^53 (or p₁ + mde rounds to p₁)
     */
    public static SampleSizeResult compute(SampleSizeInput in) {
        double p1 = in.baselineRate();
        double p2 = in.targetRate();
        double h = 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));
        double x = solveStandardizedEffect(in.alpha(), in.power());
        double ratio = x / h;
        double n = 2 * ratio * ratio;
        if (!(h > 0) || !(n <= MAX_N)) {
            throw new InvalidInputException("mde", "mde is too small to plan for: the sample size per arm "
                    + "would exceed 2^53 (about 9.0e15), got mde " + in.mde());
        }
        return new SampleSizeResult(MetricValue.of(h), MetricValue.of(n), (long) Math.ceil(n));
    }

    /**
     * The x &gt; 0 with Q(x − z) − Q(x + z) = 1 − power, z = z₁₋α/₂, Q(t) = 1 − Φ(t). The left
     * side falls from 1 − α at x = 0 to below 1 − power at x = z + z_power.
     */
    static double solveStandardizedEffect(double alpha, double power) {
        double z = Normal.twoSidedCriticalValue(alpha);
        double beta = 1.0 - power;
        double lo = 0.0;
        double hi = z + Normal.inverseSf(beta);
        for (int i = 0; i < 2000; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            double missed = Normal.sf(mid - z) - Normal.sf(mid + z);
            if (missed > beta) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
