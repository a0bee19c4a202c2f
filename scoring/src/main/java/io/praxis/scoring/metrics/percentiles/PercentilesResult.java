package io.praxis.scoring.metrics.percentiles;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency percentiles, mean and maximum. See {@link PercentileMetrics#compute}.
 */
public record PercentilesResult(
        MetricValue p50,
        MetricValue p90,
        MetricValue p95,
        MetricValue p99,
        MetricValue mean,
        MetricValue max) {

    /** The fields by their METRICS.md names. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", p50);
        m.put("p90", p90);
        m.put("p95", p95);
        m.put("p99", p99);
        m.put("mean", mean);
        m.put("max", max);
        return m;
    }
}
