package io.praxis.scoring.metrics.samplesize;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The required sample size per arm. See {@link SampleSizeMetrics#compute}.
 *
 * @param cohensH           the effect size h
 * @param nPerArmUnrounded  the exact solution n of the power equation
 * @param nPerArm           ⌈n⌉, the visitors needed in each arm
 */
public record SampleSizeResult(MetricValue cohensH, MetricValue nPerArmUnrounded, long nPerArm) {

    /** The fields by their METRICS.md names; {@code n_per_arm} is a {@link Long}. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cohens_h", cohensH);
        m.put("n_per_arm_unrounded", nPerArmUnrounded);
        m.put("n_per_arm", nPerArm);
        return m;
    }
}
