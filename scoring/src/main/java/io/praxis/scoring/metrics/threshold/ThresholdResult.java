package io.praxis.scoring.metrics.threshold;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The confusion counts at one threshold and the threshold-free metrics.
 * See {@link ThresholdMetrics#compute} for formulas.
 */
public record ThresholdResult(
        long tp,
        long fp,
        long fn,
        long tn,
        MetricValue rocAuc,
        MetricValue averagePrecision,
        MetricValue logLoss) {

    /** The fields by their METRICS.md names; counts are {@link Long}. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        m.put("tn", tn);
        m.put("roc_auc", rocAuc);
        m.put("average_precision", averagePrecision);
        m.put("log_loss", logLoss);
        return m;
    }
}
