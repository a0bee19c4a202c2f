package io.praxis.scoring.metrics.ranking;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ranking quality, each the mean over queries. See {@link RankingMetrics#compute}.
 */
public record RankingResult(
        MetricValue ndcgAtK,
        MetricValue map,
        MetricValue mrr,
        MetricValue precisionAtK,
        MetricValue recallAtK) {

    /** The fields by their METRICS.md names. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ndcg_at_k", ndcgAtK);
        m.put("map", map);
        m.put("mrr", mrr);
        m.put("precision_at_k", precisionAtK);
        m.put("recall_at_k", recallAtK);
        return m;
    }
}
