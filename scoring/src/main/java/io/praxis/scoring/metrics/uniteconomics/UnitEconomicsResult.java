package io.praxis.scoring.metrics.uniteconomics;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cost per action, cost per success and success rate. See {@link UnitEconomicsMetrics#compute}.
 */
public record UnitEconomicsResult(MetricValue costPerAction, MetricValue costPerSuccess, MetricValue successRate) {

    /** The fields by their METRICS.md names. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cost_per_action", costPerAction);
        m.put("cost_per_success", costPerSuccess);
        m.put("success_rate", successRate);
        return m;
    }
}
