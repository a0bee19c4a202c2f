package io.praxis.scoring.metrics.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class RougeMetricsTest {

    private static RougeResult rouge(String candidate, String reference) {
        return RougeMetrics.compute(new RougeInput(candidate, reference));
    }

    @Test
    void emptyCandidateHasUndefinedPrecisionButZeroRecallAndF1() {
        RougeResult r = rouge("   ", "the cat sat");
        assertThat(r.rouge1().precision()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(r.rouge1().recall()).isEqualTo(MetricValue.of(0));
        assertThat(r.rouge1().f1()).isEqualTo(MetricValue.of(0));
        assertThat(r.rougeL().precision()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(r.rougeL().f1()).isEqualTo(MetricValue.of(0));
    }

    @Test
    void rouge2WithoutBigramsOnEitherSideIsUndefined() {
        RougeResult r = rouge("cat", "cat");
        assertThat(r.rouge1().f1()).isEqualTo(MetricValue.of(1));
        assertThat(r.rouge2().precision()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(r.rouge2().recall()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(r.rouge2().f1()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason()).contains("2-grams"));
    }

    @Test
    void rougeLUsesTheLongestCommonSubsequence() {
        RougeResult r = rouge("a x b y c", "a b c z");
        assertThat(r.rougeL().precision()).isEqualTo(MetricValue.of(3.0 / 5));
        assertThat(r.rougeL().recall()).isEqualTo(MetricValue.of(3.0 / 4));
        assertThat(r.rougeL().f1()).isEqualTo(MetricValue.of(6.0 / 9));
        assertThat(RougeMetrics.lcsLength(List.of("a", "b", "c", "b", "d", "a", "b"), List.of("b", "d", "c", "a", "b", "a")))
                .isEqualTo(4);
    }

    @Test
    void overlapIsClippedByReferenceCounts() {
        RougeResult r = rouge("the the the", "the cat");
        assertThat(r.rouge1().precision()).isEqualTo(MetricValue.of(1.0 / 3));
        assertThat(r.rouge1().recall()).isEqualTo(MetricValue.of(1.0 / 2));
        assertThat(r.rouge1().f1()).isEqualTo(MetricValue.of(2.0 / 5));
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new RougeInput("a", "\u000B\f")).field())
                .isEqualTo("reference");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new RougeInput(null, "a")).field())
                .isEqualTo("candidate");
    }
}
