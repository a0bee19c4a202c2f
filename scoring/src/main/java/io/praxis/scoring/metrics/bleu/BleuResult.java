package io.praxis.scoring.metrics.bleu;

import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Corpus BLEU and its parts. See {@link BleuMetrics#compute} for formulas.
 *
 * @param hypLength c, the total number of candidate tokens
 * @param refLength r, the total length of the closest references
 */
public record BleuResult(
        MetricValue bleu,
        MetricValue p1,
        MetricValue p2,
        MetricValue p3,
        MetricValue p4,
        MetricValue brevityPenalty,
        long hypLength,
        long refLength) {

    /** The fields by their METRICS.md names; lengths are {@link Long}. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bleu", bleu);
        m.put("p1", p1);
        m.put("p2", p2);
        m.put("p3", p3);
        m.put("p4", p4);
        m.put("brevity_penalty", brevityPenalty);
        m.put("hyp_length", hypLength);
        m.put("ref_length", refLength);
        return m;
    }
}
