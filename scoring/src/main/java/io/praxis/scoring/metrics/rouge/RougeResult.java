package io.praxis.scoring.metrics.rouge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L of one candidate. See {@link RougeMetrics#compute}.
 */
public record RougeResult(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {

    /** The fields by their METRICS.md names ({@code rouge1_precision} … {@code rougeL_f1}). */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "rouge1", rouge1);
        put(m, "rouge2", rouge2);
        put(m, "rougeL", rougeL);
        return m;
    }

    private static void put(Map<String, Object> m, String prefix, RougeScore s) {
        m.put(prefix + "_precision", s.precision());
        m.put(prefix + "_recall", s.recall());
        m.put(prefix + "_f1", s.f1());
    }
}
