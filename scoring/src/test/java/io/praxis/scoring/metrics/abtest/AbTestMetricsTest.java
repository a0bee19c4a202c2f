package io.praxis.scoring.metrics.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import org.junit.jupiter.api.Test;

class AbTestMetricsTest {

    @Test
    void farTailPValueKeepsRelativeAccuracy() {
        // Reference values from mpmath at 50 digits: z = 11.2773..., p = erfc(z/√2).
        AbTestResult r = AbTestMetrics.compute(new AbTestInput(1000, 10000, 1600, 10000, 0.05));
        double p = r.pValue().orElseThrow();
        assertThat(p).isCloseTo(1.73422441297118e-36, within(1e-12 * 1.73422441297118e-36));
        AbTestResult r2 = AbTestMetrics.compute(new AbTestInput(10, 100000, 200, 100000, 0.05));
        assertThat(r2.pValue().orElseThrow()).isCloseTo(2.59238138551771e-39, within(1e-12 * 2.59238138551771e-39));
    }

    @Test
    void zIsPositiveWhenTreatmentIsBetterAndSymmetric() {
        AbTestResult up = AbTestMetrics.compute(new AbTestInput(200, 2000, 250, 2000, 0.05));
        AbTestResult down = AbTestMetrics.compute(new AbTestInput(250, 2000, 200, 2000, 0.05));
        assertThat(up.z().orElseThrow()).isPositive();
        assertThat(down.z().orElseThrow()).isEqualTo(-up.z().orElseThrow());
        assertThat(down.pValue()).isEqualTo(up.pValue());
    }

    @Test
    void everyoneConvertingMakesZUndefinedButKeepsTheInterval() {
        AbTestResult r = AbTestMetrics.compute(new AbTestInput(10, 10, 20, 20, 0.05));
        assertThat(r.z()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason()).contains("pooled conversion rate is 1"));
        assertThat(r.pValue()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(r.relativeLift()).isEqualTo(MetricValue.of(0));
        assertThat(r.ciLower()).isEqualTo(MetricValue.of(0));
        assertThat(r.ciUpper()).isEqualTo(MetricValue.of(0));
    }

    @Test
    void intervalIsNotClipped() {
        AbTestResult r = AbTestMetrics.compute(new AbTestInput(0, 2, 2, 3, 0.001));
        assertThat(r.ciUpper().orElseThrow()).isGreaterThan(1.0);
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new AbTestInput(120, 100, 10, 100, 0.05)).field()).isEqualTo("control_conversions");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new AbTestInput(1, 100, 10, 0, 0.05)).field()).isEqualTo("treatment_visitors");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new AbTestInput(1, 100, -1, 100, 0.05)).field()).isEqualTo("treatment_conversions");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new AbTestInput(1, 100, 1, 100, 0)).field()).isEqualTo("alpha");
    }
}
