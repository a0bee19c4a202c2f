package io.praxis.scoring.metrics.uniteconomics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import org.junit.jupiter.api.Test;

class UnitEconomicsMetricsTest {

    @Test
    void divisorsOfZeroAreUndefined() {
        UnitEconomicsResult r = UnitEconomicsMetrics.compute(new UnitEconomicsInput(80, 400, 0));
        assertThat(r.costPerAction()).isEqualTo(MetricValue.of(0.2));
        assertThat(r.costPerSuccess()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason()).isEqualTo("successes = 0"));
        assertThat(r.successRate()).isEqualTo(MetricValue.of(0));
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new UnitEconomicsInput(10, 5, 6)).field()).isEqualTo("successes");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new UnitEconomicsInput(Double.NaN, 5, 1)).field()).isEqualTo("total_cost");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new UnitEconomicsInput(1, -5, 1)).field()).isEqualTo("actions");
    }
}
