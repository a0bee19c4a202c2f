package io.praxis.scoring.metrics.drift;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Distribution drift between two histograms. See {@link DriftMetrics#compute}.
 */
public record DriftResult(MetricValue psi, MetricValue klDivergence) {

    /** The fields by their METRICS.md names. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("psi", psi);
        m.put("kl_divergence", klDivergence);
        return m;
    }
}
