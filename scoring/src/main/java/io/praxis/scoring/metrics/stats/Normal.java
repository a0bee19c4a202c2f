package io.praxis.scoring.metrics.stats;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * The standard normal distribution, accurate far into the tails.
 *
 * <p>Built on {@code erfc} and its inverse from Apache Commons Numbers (a port of Boost's
 * implementation, accurate to a few ulp; {@code erfc} keeps full relative accuracy down to
 * its underflow near x ≈ 27). Every tail probability is computed from the tail itself, never
 * as {@code 1 − Φ(x)}, so a two-sided p-value of 1e-29 keeps about 14 correct digits.
 */
public final class Normal {

    private static final double SQRT2 = Math.sqrt(2.0);

    private Normal() {
    }

    /** Φ(x) = P(Z ≤ x) = ½·erfc(−x/√2). */
    public static double cdf(double x) {
        return 0.5 * Erfc.value(-x / SQRT2);
    }

    /** The upper tail 1 − Φ(x) = P(Z &gt; x) = ½·erfc(x/√2), accurate when tiny. */
    public static double sf(double x) {
        return 0.5 * Erfc.value(x / SQRT2);
    }

    /** The two-sided p-value of a z statistic: 2·Φ(−|z|) = erfc(|z|/√2). */
    public static double twoSidedPValue(double z) {
        return Erfc.value(Math.abs(z) / SQRT2);
    }

    /**
     * Φ⁻¹(p), the quantile function: the x with Φ(x) = p = ½·erfc(−x/√2), i.e.
     * x = −√2·erfc⁻¹(2p). Accurate in the lower tail; for p near 1 prefer {@link #inverseSf}.
     *
     * @param p a probability in (0, 1); 0 gives −∞ and 1 gives +∞
     */
    public static double inverseCdf(double p) {
        checkProbability(p);
        return -SQRT2 * InverseErfc.value(2 * p);
    }

    /**
     * The inverse of the upper tail: the x with P(Z &gt; x) = q, i.e. x = √2·erfc⁻¹(2q). This is
     * Φ⁻¹(1 − q) without forming 1 − q.
     *
     * @param q a probability in (0, 1)
     */
    public static double inverseSf(double q) {
        checkProbability(q);
        return SQRT2 * InverseErfc.value(2 * q);
    }

    /**
     * The two-sided critical value z₁₋α/₂ = Φ⁻¹(1 − α/2) = √2·erfc⁻¹(α).
     *
     * @param alpha the significance level, in (0, 1)
     */
    public static double twoSidedCriticalValue(double alpha) {
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        return SQRT2 * InverseErfc.value(alpha);
    }

    private static void checkProbability(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
    }
}
