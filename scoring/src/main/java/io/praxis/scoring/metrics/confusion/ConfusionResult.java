package io.praxis.scoring.metrics.confusion;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of a confusion matrix. See {@link ConfusionMetrics#compute} for formulas.
 */
public record ConfusionResult(
        MetricValue accuracy,
        MetricValue precision,
        MetricValue recall,
        MetricValue specificity,
        MetricValue f1,
        MetricValue fBeta,
        MetricValue mcc,
        MetricValue balancedAccuracy) {

    /** The fields by their METRICS.md names, in METRICS.md order. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("specificity", specificity);
        m.put("f1", f1);
        m.put("f_beta", fBeta);
        m.put("mcc", mcc);
        m.put("balanced_accuracy", balancedAccuracy);
        return m;
    }
}
