package io.praxis.scoring.metrics.samplesize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.stats.Normal;
import org.junit.jupiter.api.Test;

class SampleSizeMetricsTest {

    @Test
    void secondTailMakesTheExactSolutionSmallerThanTheClosedForm() {
        SampleSizeInput in = new SampleSizeInput(0.1, 0.02, 0.05, 0.8);
        SampleSizeResult r = SampleSizeMetrics.compute(in);
        double h = r.cohensH().orElseThrow();
        double closed = 2 * Math.pow((Normal.twoSidedCriticalValue(0.05) + Normal.inverseCdf(0.8)) / h, 2);
        double n = r.nPerArmUnrounded().orElseThrow();
        assertThat(closed / n - 1).isBetween(2.3e-6, 2.5e-6);
        assertThat(r.nPerArm()).isEqualTo(3835);
    }

    @Test
    void solvesLowPowerWhereTheSecondTailMatters() {
        // mpmath reference: power barely above alpha.
        SampleSizeResult r = SampleSizeMetrics.compute(new SampleSizeInput(0.2, 0.05, 0.05, 0.06));
        assertThat(r.nPerArmUnrounded().orElseThrow()).isCloseTo(12.073172854017475, within(1e-12 * 12.07));
        assertThat(r.nPerArm()).isEqualTo(13);
    }

    @Test
    void solvesPowerNearOne() {
        SampleSizeResult r = SampleSizeMetrics.compute(new SampleSizeInput(0.2, 0.05, 0.2, 0.99999));
        assertThat(r.nPerArmUnrounded().orElseThrow()).isCloseTo(4279.605335408351, within(1e-10 * 4279.6));
    }

    @Test
    void vanishingEffectIsRejectedOnMde() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> SampleSizeMetrics.compute(new SampleSizeInput(0.5, 1e-300, 0.05, 0.8))).field()).isEqualTo("mde");
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new SampleSizeInput(0.9, 0.1, 0.05, 0.8)).field()).isEqualTo("mde");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new SampleSizeInput(1.0, 0.1, 0.05, 0.8)).field()).isEqualTo("baseline_rate");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new SampleSizeInput(0.1, 0.1, 0.05, 0.05)).field()).isEqualTo("power");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new SampleSizeInput(0.1, 0.1, 0.05, 1)).field()).isEqualTo("power");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new SampleSizeInput(0.1, 0.1, -0.05, 0.8)).field()).isEqualTo("alpha");
    }
}
