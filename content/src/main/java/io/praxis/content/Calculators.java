package io.praxis.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/** The metric calculators lessons may link to: id → title. The app has one page per id. */
public final class Calculators {

    private static final SequencedMap<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("confusion", "Confusion matrix: precision, recall, F1");
        ALL.put("threshold", "Threshold, ROC and PR curves");
        ALL.put("ranking", "Ranking: NDCG, MAP, MRR");
        ALL.put("bleu", "BLEU");
        ALL.put("rouge", "ROUGE");
        ALL.put("perplexity", "Perplexity");
        ALL.put("abtest", "A/B test significance");
        ALL.put("samplesize", "A/B test sample size");
        ALL.put("drift", "Drift: PSI and KL divergence");
        ALL.put("fairness", "Fairness across groups");
        ALL.put("percentiles", "Latency percentiles");
        ALL.put("unit-economics", "Unit economics");
    }

    private Calculators() {
    }

    /** All calculators in menu order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableSequencedMap(ALL);
    }

    public static boolean exists(String id) {
        return ALL.containsKey(id);
    }

    public static String title(String id) {
        return ALL.getOrDefault(id, id);
    }
}
