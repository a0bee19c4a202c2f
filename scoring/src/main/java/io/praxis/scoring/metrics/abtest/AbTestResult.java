package io.praxis.scoring.metrics.abtest;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analysis of a two-arm conversion experiment. See {@link AbTestMetrics#compute}.
 */
public record AbTestResult(
        MetricValue controlRate,
        MetricValue treatmentRate,
        MetricValue absoluteLift,
        MetricValue relativeLift,
        MetricValue z,
        MetricValue pValue,
        MetricValue ciLower,
        MetricValue ciUpper) {

    /** The fields by their METRICS.md names. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("control_rate", controlRate);
        m.put("treatment_rate", treatmentRate);
        m.put("absolute_lift", absoluteLift);
        m.put("relative_lift", relativeLift);
        m.put("z", z);
        m.put("p_value", pValue);
        m.put("ci_lower", ciLower);
        m.put("ci_upper", ciUpper);
        return m;
    }
}
