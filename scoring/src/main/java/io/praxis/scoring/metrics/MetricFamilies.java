package io.praxis.scoring.metrics;

import io.praxis.scoring.metrics.abtest.AbTestInput;
import io.praxis.scoring.metrics.abtest.AbTestMetrics;
import io.praxis.scoring.metrics.bleu.BleuInput;
import io.praxis.scoring.metrics.bleu.BleuMetrics;
import io.praxis.scoring.metrics.confusion.ConfusionInput;
import io.praxis.scoring.metrics.confusion.ConfusionMetrics;
import io.praxis.scoring.metrics.drift.DriftInput;
import io.praxis.scoring.metrics.drift.DriftMetrics;
import io.praxis.scoring.metrics.fairness.FairnessInput;
import io.praxis.scoring.metrics.fairness.FairnessMetrics;
import io.praxis.scoring.metrics.fairness.GroupLabels;
import io.praxis.scoring.metrics.percentiles.PercentileMetrics;
import io.praxis.scoring.metrics.percentiles.PercentilesInput;
import io.praxis.scoring.metrics.perplexity.PerplexityInput;
import io.praxis.scoring.metrics.perplexity.PerplexityMetrics;
import io.praxis.scoring.metrics.ranking.RankingInput;
import io.praxis.scoring.metrics.ranking.RankingMetrics;
import io.praxis.scoring.metrics.rouge.RougeInput;
import io.praxis.scoring.metrics.rouge.RougeMetrics;
import io.praxis.scoring.metrics.samplesize.SampleSizeInput;
import io.praxis.scoring.metrics.samplesize.SampleSizeMetrics;
import io.praxis.scoring.metrics.threshold.ThresholdInput;
import io.praxis.scoring.metrics.threshold.ThresholdMetrics;
import io.praxis.scoring.metrics.uniteconomics.UnitEconomicsInput;
import io.praxis.scoring.metrics.uniteconomics.UnitEconomicsMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One entry point for every metric family of METRICS.md: parses the JSON {@code input} of a
 * METRICS.md record, validates it and returns the output fields by their METRICS.md names.
 *
 * <p>JSON types are checked as METRICS.md says: a count must be a JSON integer (2.5, 3.0 and
 * {@code true} are invalid), a number must be a JSON number (booleans and strings are not
 * numbers), a text must be a JSON string, and a required field must be present. Fields a family
 * does not use are ignored. Ranges are then checked by the family's input record.
 */
public final class MetricFamilies {

    /** The family names of METRICS.md, in its order. */
    public static final List<String> FAMILIES = List.of("confusion", "threshold", "ranking", "bleu", "rouge",
            "perplexity", "abtest", "samplesize", "drift", "fairness", "percentiles", "unit_economics");

    private static final String COUNT = "a whole number ≥ 0";
    private static final String PROBABILITY = "a number in [0, 1]";
    private static final String OPEN_UNIT = "a number strictly between 0 and 1";
    private static final String NON_NEGATIVE = "a number ≥ 0";

    private MetricFamilies() {
    }

    /**
     * Computes one family's metrics from its JSON input.
     *
     * @param family a name from {@link #FAMILIES}, e.g. {@code "confusion"}
     * @param input  the record's {@code input} object
     * @return the output fields by METRICS.md name, in METRICS.md order: metrics as
     *         {@link MetricValue} (defined, or undefined with a reason), counts
     *         ({@code tp}, {@code fp}, {@code fn}, {@code tn}, {@code hyp_length},
     *         {@code ref_length}, {@code n_per_arm}) as {@link Long}
     * @throws InvalidInputException naming the offending field when the input is invalid, or
     *                               naming {@code "metric"} when the family is unknown
     */
    public static Map<String, Object> compute(String family, JsonNode input) {
        if (family == null || !FAMILIES.contains(family)) {
            throw new InvalidInputException("metric",
                    "metric must be one of " + String.join(", ", FAMILIES) + ", got " + family);
        }
        JsonFields in = JsonFields.of(input);
        return switch (family) {
            case "confusion" -> ConfusionMetrics.compute(confusion(in)).fields();
            case "threshold" -> ThresholdMetrics.compute(threshold(in)).fields();
            case "ranking" -> RankingMetrics.compute(ranking(in)).fields();
            case "bleu" -> BleuMetrics.compute(bleu(in)).fields();
            case "rouge" -> RougeMetrics.compute(new RougeInput(in.string("candidate"), in.string("reference")))
                    .fields();
            case "perplexity" -> PerplexityMetrics.compute(
                    new PerplexityInput(in.numbers("token_probs", PROBABILITY))).fields();
            case "abtest" -> AbTestMetrics.compute(abtest(in)).fields();
            case "samplesize" -> SampleSizeMetrics.compute(samplesize(in)).fields();
            case "drift" -> DriftMetrics.compute(new DriftInput(in.numbers("expected", NON_NEGATIVE),
                    in.numbers("actual", NON_NEGATIVE))).fields();
            case "fairness" -> FairnessMetrics.compute(fairness(in)).fields();
            case "percentiles" -> PercentileMetrics.compute(
                    new PercentilesInput(in.numbers("latencies_ms", NON_NEGATIVE))).fields();
            case "unit_economics" -> UnitEconomicsMetrics.compute(new UnitEconomicsInput(
                    in.number("total_cost", NON_NEGATIVE),
                    in.wholeNumber("actions", COUNT),
                    in.wholeNumber("successes", COUNT))).fields();
            default -> throw new IllegalStateException("unhandled family " + family);
        };
    }

    static ConfusionInput confusion(JsonFields in) {
        return new ConfusionInput(
                in.wholeNumber("tp", COUNT),
                in.wholeNumber("fp", COUNT),
                in.wholeNumber("fn", COUNT),
                in.wholeNumber("tn", COUNT),
                in.number("beta", "a number > 0"));
    }

    static ThresholdInput threshold(JsonFields in) {
        int[] yTrue = JsonFields.labels(in.array("y_true"), "y_true");
        double[] yScore = in.numbers("y_score", PROBABILITY);
        double threshold = in.number("threshold", "a finite number");
        return new ThresholdInput(yTrue, yScore, threshold);
    }

    static RankingInput ranking(JsonFields in) {
        JsonNode queries = in.array("queries");
        List<List<Integer>> parsed = new ArrayList<>(queries.size());
        for (int q = 0; q < queries.size(); q++) {
            String field = "queries[" + q + "]";
            JsonNode grades = JsonFields.array(queries.get(q), field);
            List<Integer> list = new ArrayList<>(grades.size());
            for (int i = 0; i < grades.size(); i++) {
                list.add(JsonFields.smallWholeNumber(grades.get(i), field + "[" + i + "]",
                        "a whole number ≥ 0 (at most " + Integer.MAX_VALUE + ")"));
            }
            parsed.add(list);
        }
        long k = in.wholeNumber("k", "a whole number ≥ 1");
        return new RankingInput(parsed, k);
    }

    static BleuInput bleu(JsonFields in) {
        List<String> candidates = JsonFields.strings(in.array("candidates"), "candidates");
        JsonNode refs = in.array("references");
        List<List<String>> references = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            references.add(JsonFields.strings(refs.get(i), "references[" + i + "]"));
        }
        return new BleuInput(candidates, references);
    }

    static AbTestInput abtest(JsonFields in) {
        return new AbTestInput(
                in.wholeNumber("control_conversions", COUNT),
                in.wholeNumber("control_visitors", "a whole number ≥ 1"),
                in.wholeNumber("treatment_conversions", COUNT),
                in.wholeNumber("treatment_visitors", "a whole number ≥ 1"),
                in.number("alpha", OPEN_UNIT));
    }

    static SampleSizeInput samplesize(JsonFields in) {
        return new SampleSizeInput(
                in.number("baseline_rate", OPEN_UNIT),
                in.number("mde", "a number > 0"),
                in.number("alpha", OPEN_UNIT),
                in.number("power", "a number between alpha and 1"));
    }

    static FairnessInput fairness(JsonFields in) {
        JsonNode groups = in.object("groups");
        Map<String, GroupLabels> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : groups.properties()) {
            String prefix = "groups." + e.getKey();
            JsonNode g = e.getValue();
            if (!g.isObject()) {
                throw new InvalidInputException(prefix, prefix + " must be an object with y_true and y_pred, got "
                        + JsonFields.show(g));
            }
            JsonNode t = g.get("y_true");
            JsonNode p = g.get("y_pred");
            if (t == null) {
                throw new InvalidInputException(prefix + ".y_true", prefix + ".y_true is required");
            }
            if (p == null) {
                throw new InvalidInputException(prefix + ".y_pred", prefix + ".y_pred is required");
            }
            parsed.put(e.getKey(), new GroupLabels(JsonFields.labels(t, prefix + ".y_true"),
                    JsonFields.labels(p, prefix + ".y_pred")));
        }
        return new FairnessInput(parsed);
    }
}
