package io.praxis.scoring.metrics.perplexity;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Perplexity and cross-entropy. See {@link PerplexityMetrics#compute}.
 */
public record PerplexityResult(MetricValue perplexity, MetricValue crossEntropyBits) {

    /** The fields by their METRICS.md names. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("perplexity", perplexity);
        m.put("cross_entropy_bits", crossEntropyBits);
        return m;
    }
}
