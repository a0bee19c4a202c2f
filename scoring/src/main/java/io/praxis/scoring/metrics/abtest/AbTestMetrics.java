package io.praxis.scoring.metrics.abtest;

import io.praxis.scoring.metrics.MetricValue;
import io.praxis.scoring.metrics.stats.Normal;

/**
 * The two-proportion z-test and Wald interval of an A/B test (METRICS.md §7, {@code abtest}).
 */
public final class AbTestMetrics {

    private AbTestMetrics() {
    }

    /**
     * Computes, with p_c = c_c/n_c and p_t = c_t/n_t:
     * <ul>
     * <li>absolute_lift = p_t − p_c; relative_lift = (p_t − p_c)/p_c, undefined when p_c = 0.</li>
     * <li>z = (p_t − p_c)/√(p̂(1−p̂)(1/n_t + 1/n_c)) with the pooled rate
     *     p̂ = (c_t+c_c)/(n_t+n_c); positive when the treatment converts better. Undefined, with
     *     the p-value, when p̂ is 0 or 1 (the standard error is 0).</li>
     * <li>p_value = 2·Φ(−|z|) = erfc(|z|/√2), computed from the upper tail so that p-values
     *     near 1e-29 stay accurate (statsmodels {@code proportions_ztest}).</li>
     * <li>ci_lower, ci_upper = (p_t − p_c) ∓ z₁₋α/₂·√(p_t(1−p_t)/n_t + p_c(1−p_c)/n_c): the
     *     unpooled Wald interval at confidence 1−α, not clipped to [−1, 1]; always defined, and
     *     degenerate ([0, 0]) when both rates are 0 or 1 (statsmodels
     *     {@code confint_proportions_2indep(method="wald")}).</li>
     * </ul>
     */
    public static AbTestResult compute(AbTestInput in) {
        double cc = in.controlConversions();
        double nc = in.controlVisitors();
        double ct = in.treatmentConversions();
        double nt = in.treatmentVisitors();
        double pc = cc / nc;
        double pt = ct / nt;
        double diff = pt - pc;

        MetricValue relative = pc == 0.0
                ? MetricValue.undefined("control rate is 0: the relative lift divides by it")
                : MetricValue.of(diff / pc);

        MetricValue z;
        MetricValue p;
        double pooled = (ct + cc) / (nt + nc);
        if (in.treatmentConversions() + in.controlConversions() == 0) {
            String reason = "pooled conversion rate is 0: standard error is 0";
            z = MetricValue.undefined(reason);
            p = MetricValue.undefined(reason);
        } else if (in.treatmentConversions() == in.treatmentVisitors()
                && in.controlConversions() == in.controlVisitors()) {
            String reason = "pooled conversion rate is 1: standard error is 0";
            z = MetricValue.undefined(reason);
            p = MetricValue.undefined(reason);
        } else {
            double se = Math.sqrt(pooled * (1 - pooled) * (1 / nt + 1 / nc));
            double zValue = diff / se;
            z = MetricValue.of(zValue);
            p = MetricValue.of(Normal.twoSidedPValue(zValue));
        }

        double critical = Normal.twoSidedCriticalValue(in.alpha());
        double halfWidth = critical * Math.sqrt(pt * (1 - pt) / nt + pc * (1 - pc) / nc);
        return new AbTestResult(MetricValue.of(pc), MetricValue.of(pt), MetricValue.of(diff), relative,
                z, p, MetricValue.of(diff - halfWidth), MetricValue.of(diff + halfWidth));
    }
}
