package io.praxis.scoring.metrics.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import org.junit.jupiter.api.Test;

class DriftMetricsTest {

    private static DriftResult drift(double[] expected, double[] actual) {
        return DriftMetrics.compute(new DriftInput(expected, actual));
    }

    @Test
    void onlyExactZerosAreReplacedByEpsilon() {
        double[] e = {1e-6, 1 - 1e-6};
        double[] a = {0.5, 0.5};
        double expectedPsi = (0.5 - 1e-6) * Math.log(0.5 / 1e-6) + (0.5 - (1 - 1e-6)) * Math.log(0.5 / (1 - 1e-6));
        assertThat(drift(e, a).psi().orElseThrow()).isCloseTo(expectedPsi, within(1e-12));
        double[] e0 = {0, 1};
        double psiZero = (0.5 - 1e-4) * Math.log(0.5 / 1e-4) + (0.5 - 1) * Math.log(0.5);
        DriftResult r = drift(e0, a);
        assertThat(r.psi().orElseThrow()).isCloseTo(psiZero, within(1e-12));
        assertThat(r.klDivergence()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason()).contains("infinite"));
    }

    @Test
    void binEmptyInBothContributesNothing() {
        DriftResult with = drift(new double[] {0.3, 0.7, 0}, new double[] {0.4, 0.6, 0});
        DriftResult without = drift(new double[] {0.3, 0.7}, new double[] {0.4, 0.6});
        assertThat(with.psi()).isEqualTo(without.psi());
        assertThat(with.klDivergence()).isEqualTo(without.klDivergence());
    }

    @Test
    void emptyActualBinIsFineForKl() {
        DriftResult r = drift(new double[] {0.5, 0.5}, new double[] {1, 0});
        assertThat(r.klDivergence().orElseThrow()).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void countsAreNormalisedEvenNearTheDoubleLimit() {
        DriftResult small = drift(new double[] {1, 3}, new double[] {2, 2});
        DriftResult huge = drift(new double[] {0.4e308, 1.2e308}, new double[] {0.8e308, 0.8e308});
        assertThat(huge.psi().orElseThrow()).isCloseTo(small.psi().orElseThrow(), within(1e-14));
        assertThat(huge.klDivergence().orElseThrow()).isCloseTo(small.klDivergence().orElseThrow(), within(1e-14));
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> drift(new double[] {0, 0}, new double[] {1, 1})).field()).isEqualTo("expected");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> drift(new double[] {1, 1}, new double[] {1, Double.NaN})).field()).isEqualTo("actual[1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> drift(new double[] {1, 1}, new double[] {1})).field()).isEqualTo("actual");
    }
}
