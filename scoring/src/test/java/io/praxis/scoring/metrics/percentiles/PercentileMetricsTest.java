package io.praxis.scoring.metrics.percentiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import org.junit.jupiter.api.Test;

class PercentileMetricsTest {

    @Test
    void linearInterpolationNotNearestRank() {
        double[] x = {1, 2, 3, 4};
        assertThat(PercentileMetrics.percentile(x, 50)).isEqualTo(2.5);
        assertThat(PercentileMetrics.percentile(x, 90)).isCloseTo(3.7, within(1e-15));
        assertThat(PercentileMetrics.percentile(x, 0)).isEqualTo(1);
        assertThat(PercentileMetrics.percentile(x, 100)).isEqualTo(4);
    }

    @Test
    void orderDoesNotMatterAndInputIsNotModified() {
        double[] x = {310, 85, 120};
        PercentilesResult r = PercentileMetrics.compute(new PercentilesInput(x));
        assertThat(r.p50()).isEqualTo(MetricValue.of(120));
        assertThat(r.max()).isEqualTo(MetricValue.of(310));
        assertThat(r.mean().orElseThrow()).isCloseTo(515.0 / 3, within(1e-12));
        assertThat(x).containsExactly(310, 85, 120);
    }

    @Test
    void meanDoesNotOverflow() {
        PercentilesResult r = PercentileMetrics.compute(new PercentilesInput(new double[] {1.5e308, 1.5e308}));
        assertThat(r.mean().orElseThrow()).isEqualTo(1.5e308);
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new PercentilesInput(new double[] {1, Double.POSITIVE_INFINITY})).field()).isEqualTo("latencies_ms[1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new PercentilesInput(new double[0])).field()).isEqualTo("latencies_ms");
    }
}
