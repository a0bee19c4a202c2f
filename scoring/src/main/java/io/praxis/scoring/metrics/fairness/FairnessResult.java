package io.praxis.scoring.metrics.fairness;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Between-group fairness gaps. See {@link FairnessMetrics#compute}.
 */
public record FairnessResult(
        MetricValue demographicParityDifference,
        MetricValue demographicParityRatio,
        MetricValue equalOpportunityDifference,
        MetricValue equalizedOddsDifference) {

    /** The fields by their METRICS.md names. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("demographic_parity_difference", demographicParityDifference);
        m.put("demographic_parity_ratio", demographicParityRatio);
        m.put("equal_opportunity_difference", equalOpportunityDifference);
        m.put("equalized_odds_difference", equalizedOddsDifference);
        return m;
    }
}
