package io.praxis.scoring.metrics.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairnessMetricsTest {

    private static GroupLabels g(int[] yTrue, int[] yPred) {
        return new GroupLabels(yTrue, yPred);
    }

    @Test
    void singleGroupHasZeroDifferencesAndRatioOne() {
        FairnessResult r = FairnessMetrics.compute(new FairnessInput(Map.of("all", g(new int[] {1, 0, 1}, new int[] {1, 1, 0}))));
        assertThat(r.demographicParityDifference()).isEqualTo(MetricValue.of(0));
        assertThat(r.demographicParityRatio()).isEqualTo(MetricValue.of(1));
        assertThat(r.equalOpportunityDifference()).isEqualTo(MetricValue.of(0));
        assertThat(r.equalizedOddsDifference()).isEqualTo(MetricValue.of(0));
    }

    @Test
    void nobodySelectedMakesTheRatioUndefined() {
        Map<String, GroupLabels> groups = new LinkedHashMap<>();
        groups.put("A", g(new int[] {1, 0}, new int[] {0, 0}));
        groups.put("B", g(new int[] {0, 1}, new int[] {0, 0}));
        FairnessResult r = FairnessMetrics.compute(new FairnessInput(groups));
        assertThat(r.demographicParityDifference()).isEqualTo(MetricValue.of(0));
        assertThat(r.demographicParityRatio()).isInstanceOf(MetricValue.Undefined.class);
    }

    @Test
    void groupWithoutNegativesOnlyBreaksEqualizedOdds() {
        Map<String, GroupLabels> groups = new LinkedHashMap<>();
        groups.put("A", g(new int[] {1, 0, 1, 0}, new int[] {1, 1, 0, 0}));
        groups.put("B", g(new int[] {1, 1}, new int[] {1, 1}));
        FairnessResult r = FairnessMetrics.compute(new FairnessInput(groups));
        assertThat(r.equalOpportunityDifference()).isEqualTo(MetricValue.of(0.5));
        assertThat(r.equalizedOddsDifference()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason()).contains("group B").contains("no actual negatives"));
    }

    @Test
    void invalidInputNamesTheGroupAndField() {
        Map<String, GroupLabels> groups = new LinkedHashMap<>();
        groups.put("north", g(new int[] {1, 0}, new int[] {1, 0}));
        groups.put("south", g(new int[] {1, 3}, new int[] {1, 0}));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new FairnessInput(groups)).field())
                .isEqualTo("groups.south.y_true[1]");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new FairnessInput(Map.of())).field())
                .isEqualTo("groups");
    }
}
