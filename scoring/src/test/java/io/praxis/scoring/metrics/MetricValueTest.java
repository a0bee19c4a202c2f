package io.praxis.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MetricValueTest {

    @Test
    void definedRejectsNaNAndInfinity() {
        assertThatThrownBy(() -> MetricValue.of(Double.NaN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MetricValue.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MetricValue.of(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void negativeZeroBecomesZero() {
        assertThat(Double.doubleToRawLongBits(MetricValue.of(-0.0).orElseThrow())).isZero();
        assertThat(MetricValue.of(-0.0)).isEqualTo(MetricValue.of(0.0));
    }

    @Test
    void undefinedNeedsAReason() {
        assertThatThrownBy(() -> MetricValue.undefined(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricValue.undefined(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void accessorsAndFormat() {
        MetricValue d = MetricValue.of(0.25);
        MetricValue u = MetricValue.undefined("tp + fp = 0");
        assertThat(d.isDefined()).isTrue();
        assertThat(u.isDefined()).isFalse();
        assertThat(d.orElse(9)).isEqualTo(0.25);
        assertThat(u.orElse(9)).isEqualTo(9);
        assertThat(d.toOptional()).hasValue(0.25);
        assertThat(u.toOptional()).isEmpty();
        assertThat(d.format("%.3f")).isEqualTo("0.250");
        assertThat(u.format("%.3f")).isEqualTo("undefined (tp + fp = 0)");
        assertThatThrownBy(u::orElseThrow).isInstanceOf(NoSuchElementException.class).hasMessageContaining("tp + fp = 0");
    }

    @Test
    void ratioIsUndefinedOnZeroDenominator() {
        assertThat(MetricValue.ratio(1, 4, "x")).isEqualTo(MetricValue.of(0.25));
        assertThat(MetricValue.ratio(0, 0, "nothing to divide by")).isEqualTo(MetricValue.undefined("nothing to divide by"));
    }

    @Test
    void invalidInputExceptionNamesItsField() {
        InvalidInputException e = new InvalidInputException("k", "must be at least 1");
        assertThat(e.field()).isEqualTo("k");
        assertThat(e.getMessage()).isEqualTo("k: must be at least 1");
        assertThat(new InvalidInputException("tp", "tp must be a whole number ≥ 0, got -1").getMessage())
                .isEqualTo("tp must be a whole number ≥ 0, got -1");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }
}
