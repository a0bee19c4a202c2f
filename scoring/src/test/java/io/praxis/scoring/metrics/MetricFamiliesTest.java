package io.praxis.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON type checks of the single entry point, and that each invalid input names its field. */
class MetricFamiliesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String s) {
        return JSON.readTree(s.replace('\'', '"'));
    }

    private static InvalidInputException rejected(String family, String input) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> MetricFamilies.compute(family, json(input)));
        assertThat(e).as("%s %s should be rejected", family, input).isNotNull();
        assertThat(e.getMessage()).contains(e.field());
        return e;
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            confusion      | {'tp': 2.5, 'fp': 1, 'fn': 1, 'tn': 1, 'beta': 1}                      | tp
            confusion      | {'tp': 3.0, 'fp': 1, 'fn': 1, 'tn': 1, 'beta': 1}                      | tp
            confusion      | {'tp': true, 'fp': 1, 'fn': 1, 'tn': 1, 'beta': 1}                     | tp
            confusion      | {'tp': '3', 'fp': 1, 'fn': 1, 'tn': 1, 'beta': 1}                      | tp
            confusion      | {'tp': null, 'fp': 1, 'fn': 1, 'tn': 1, 'beta': 1}                     | tp
            confusion      | {'tp': 1, 'fp': -1, 'fn': 1, 'tn': 1, 'beta': 1}                       | fp
            confusion      | {'tp': 1, 'fp': 1, 'tn': 1, 'beta': 1}                                 | fn
            confusion      | {'tp': 1, 'fp': 1, 'fn': 1, 'tn': 99999999999999999999, 'beta': 1}     | tn
            confusion      | {'tp': 1, 'fp': 1, 'fn': 1, 'tn': 1, 'beta': 0}                        | beta
            confusion      | {'tp': 1, 'fp': 1, 'fn': 1, 'tn': 1}                                   | beta
            confusion      | {'tp': 1, 'fp': 1, 'fn': 1, 'tn': 1, 'beta': false}                    | beta
            threshold      | {'y_true': [0, 2], 'y_score': [0.1, 0.2], 'threshold': 0.5}            | y_true[1]
            threshold      | {'y_true': [0, 1.0], 'y_score': [0.1, 0.2], 'threshold': 0.5}          | y_true[1]
            threshold      | {'y_true': [true, 1], 'y_score': [0.1, 0.2], 'threshold': 0.5}         | y_true[0]
            threshold      | {'y_true': [0, 1], 'y_score': ['a', 0.2], 'threshold': 0.5}            | y_score[0]
            threshold      | {'y_true': [0, 1], 'y_score': [0.1, 1.2], 'threshold': 0.5}            | y_score[1]
            threshold      | {'y_true': [0, 1], 'y_score': [0.1, -0.2], 'threshold': 0.5}           | y_score[1]
            threshold      | {'y_true': [0, 1, 1], 'y_score': [0.1, 0.2], 'threshold': 0.5}         | y_score
            threshold      | {'y_true': [], 'y_score': [], 'threshold': 0.5}                        | y_true
            threshold      | {'y_true': [0, 1], 'y_score': [0.1, 0.2]}                              | threshold
            threshold      | {'y_true': 1, 'y_score': [0.1], 'threshold': 0.5}                      | y_true
            ranking        | {'queries': [], 'k': 3}                                                | queries
            ranking        | {'k': 3}                                                               | queries
            ranking        | {'queries': [[1, 0], []], 'k': 3}                                      | queries[1]
            ranking        | {'queries': [[1, 0, -2]], 'k': 3}                                      | queries[0][2]
            ranking        | {'queries': [[1, 0.5]], 'k': 3}                                        | queries[0][1]
            ranking        | {'queries': [[1, 0]], 'k': 0}                                          | k
            ranking        | {'queries': [[1, 0]], 'k': 1.5}                                        | k
            bleu           | {'candidates': [], 'references': []}                                   | candidates
            bleu           | {'candidates': ['a b'], 'references': [[]]}                            | references[0]
            bleu           | {'candidates': ['a b'], 'references': [['a', '  ']]}                   | references[0][1]
            bleu           | {'candidates': [3], 'references': [['a']]}                             | candidates[0]
            bleu           | {'candidates': ['a'], 'references': [[3]]}                             | references[0][0]
            bleu           | {'candidates': ['a', 'b'], 'references': [['a']]}                      | references
            rouge          | {'candidate': 'a b', 'reference': ' \\t '}                             | reference
            rouge          | {'candidate': 7, 'reference': 'a'}                                     | candidate
            rouge          | {'candidate': 'a'}                                                     | reference
            perplexity     | {'token_probs': []}                                                    | token_probs
            perplexity     | {'token_probs': [0.5, 1.5]}                                            | token_probs[1]
            perplexity     | {'token_probs': [0.5, -0.1]}                                           | token_probs[1]
            perplexity     | {'token_probs': [0.5, 'x']}                                            | token_probs[1]
            abtest         | {'control_conversions': 1, 'control_visitors': 0, 'treatment_conversions': 0, 'treatment_visitors': 5, 'alpha': 0.05} | control_visitors
            abtest         | {'control_conversions': 1, 'control_visitors': 5, 'treatment_conversions': 6, 'treatment_visitors': 5, 'alpha': 0.05} | treatment_conversions
            abtest         | {'control_conversions': 1.5, 'control_visitors': 5, 'treatment_conversions': 1, 'treatment_visitors': 5, 'alpha': 0.05} | control_conversions
            abtest         | {'control_conversions': 1, 'control_visitors': 5, 'treatment_conversions': 1, 'treatment_visitors': 5, 'alpha': 1} | alpha
            samplesize     | {'baseline_rate': 0.1, 'mde': 0, 'alpha': 0.05, 'power': 0.8}         | mde
            samplesize     | {'baseline_rate': 0.6, 'mde': 0.4, 'alpha': 0.05, 'power': 0.8}       | mde
            samplesize     | {'baseline_rate': 0, 'mde': 0.1, 'alpha': 0.05, 'power': 0.8}         | baseline_rate
            samplesize     | {'baseline_rate': 0.1, 'mde': 0.1, 'alpha': 0.05, 'power': 0.05}      | power
            samplesize     | {'baseline_rate': 0.1, 'mde': 0.1, 'alpha': 0, 'power': 0.8}          | alpha
            drift          | {'expected': [0.5, 0.5], 'actual': [0.3, 0.3, 0.4]}                    | actual
            drift          | {'expected': [], 'actual': []}                                         | expected
            drift          | {'expected': [0.5, 0.5, -1], 'actual': [0.3, 0.3, 0.4]}                | expected[2]
            drift          | {'expected': [0.5, 0.5], 'actual': [0, 0]}                             | actual
            fairness       | {'groups': {}}                                                         | groups
            fairness       | {'groups': {'A': {'y_true': [], 'y_pred': []}}}                        | groups.A.y_true
            fairness       | {'groups': {'A': {'y_true': [1, 0], 'y_pred': [1]}}}                   | groups.A.y_pred
            fairness       | {'groups': {'A': {'y_true': [1, 0], 'y_pred': [1, 2]}}}                | groups.A.y_pred[1]
            fairness       | {'groups': {'A': {'y_true': [1, 0]}}}                                  | groups.A.y_pred
            fairness       | {'groups': {'A': [1, 0]}}                                              | groups.A
            percentiles    | {'latencies_ms': []}                                                   | latencies_ms
            percentiles    | {'latencies_ms': [1, -2]}                                              | latencies_ms[1]
            percentiles    | {'latencies_ms': [1, null]}                                            | latencies_ms[1]
            unit_economics | {'total_cost': -1, 'actions': 5, 'successes': 1}                       | total_cost
            unit_economics | {'total_cost': 1, 'actions': 5, 'successes': 6}                        | successes
            unit_economics | {'total_cost': 1, 'actions': 5.5, 'successes': 1}                      | actions
            """)
    void invalidInputNamesTheField(String family, String input, String field) {
        assertThat(rejected(family, input).field()).isEqualTo(field);
    }

    @Test
    void unknownFamilyAndNonObjectInputAreRejected() {
        assertThat(rejected("accuracy", "{}").field()).isEqualTo("metric");
        assertThat(rejected("confusion", "[1, 2]").field()).isEqualTo("input");
    }

    @Test
    void messagesSayWhatWasExpectedAndGiven() {
        assertThat(rejected("confusion", "{'tp': -1, 'fp': 3, 'fn': 2, 'tn': 10, 'beta': 1}").getMessage())
                .isEqualTo("tp must be a whole number ≥ 0, got -1");
        assertThat(rejected("confusion", "{'tp': 2.5, 'fp': 3, 'fn': 2, 'tn': 10, 'beta': 1}").getMessage())
                .isEqualTo("tp must be a whole number ≥ 0, got 2.5");
        assertThat(rejected("confusion", "{'fp': 3, 'fn': 2, 'tn': 10, 'beta': 1}").getMessage())
                .isEqualTo("tp is required");
    }

    @Test
    void extraFieldsAreIgnoredAndOutputUsesMetricsMdNames() {
        Map<String, Object> out = MetricFamilies.compute("confusion",
                json("{'tp': 45, 'fp': 5, 'fn': 10, 'tn': 40, 'beta': 2, 'comment': 'x'}"));
        assertThat(out).containsOnlyKeys("accuracy", "precision", "recall", "specificity", "f1", "f_beta", "mcc",
                "balanced_accuracy");
        assertThat(out.get("accuracy")).isEqualTo(MetricValue.of(0.85));
    }

    @Test
    void countsComeBackAsLongs() {
        Map<String, Object> out = MetricFamilies.compute("threshold",
                json("{'y_true': [0, 1, 1], 'y_score': [0.2, 0.5, 0.9], 'threshold': 0.5}"));
        assertThat(out.get("tp")).isEqualTo(2L);
        assertThat(out.get("fp")).isEqualTo(0L);
        Map<String, Object> ss = MetricFamilies.compute("samplesize",
                json("{'baseline_rate': 0.1, 'mde': 0.02, 'alpha': 0.05, 'power': 0.8}"));
        assertThat(ss.get("n_per_arm")).isEqualTo(3835L);
    }

    @Test
    void everyFamilyIsReachable() {
        assertThat(MetricFamilies.FAMILIES).hasSize(12).doesNotHaveDuplicates();
    }
}
