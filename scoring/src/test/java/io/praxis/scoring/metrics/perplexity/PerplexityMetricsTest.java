package io.praxis.scoring.metrics.perplexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import org.junit.jupiter.api.Test;

class PerplexityMetricsTest {

    @Test
    void tinyProbabilitiesDoNotUnderflow() {
        // The product 1e-300 · 1e-200 · 0.5 · 0.9 underflows; the logs do not.
        PerplexityResult r = PerplexityMetrics.compute(new PerplexityInput(new double[] {1e-300, 0.5, 1e-200, 0.9}));
        assertThat(r.perplexity().orElseThrow()).isCloseTo(1.2209471671615688e125, within(1e-12 * 1.2209471671615688e125));
        assertThat(r.crossEntropyBits().orElseThrow()).isCloseTo(415.52901263428156, within(1e-12 * 415.53));
    }

    @Test
    void zeroProbabilityIsUndefinedWithTheToken() {
        PerplexityResult r = PerplexityMetrics.compute(new PerplexityInput(new double[] {0.5, 0.0}));
        assertThat(r.perplexity()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason()).contains("token_probs[1]").contains("infinite"));
        assertThat(r.crossEntropyBits()).isInstanceOf(MetricValue.Undefined.class);
    }

    @Test
    void perplexityBeyondTheDoubleRangeIsUndefinedButCrossEntropyIsNot() {
        PerplexityResult r = PerplexityMetrics.compute(new PerplexityInput(new double[] {Double.MIN_VALUE}));
        assertThat(r.perplexity()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(r.crossEntropyBits().orElseThrow()).isEqualTo(1074.0, within(1e-9));
    }

    @Test
    void certainModelHasPerplexityOne() {
        PerplexityResult r = PerplexityMetrics.compute(new PerplexityInput(new double[] {1, 1}));
        assertThat(r.perplexity()).isEqualTo(MetricValue.of(1));
        assertThat(Double.doubleToRawLongBits(r.crossEntropyBits().orElseThrow())).isZero(); // +0.0, not -0.0
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new PerplexityInput(new double[] {0.2, Double.NaN})).field()).isEqualTo("token_probs[1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new PerplexityInput(new double[0])).field()).isEqualTo("token_probs");
    }
}
