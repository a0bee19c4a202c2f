package io.praxis.scoring.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Accuracy against mpmath references computed at 50 digits. */
class NormalTest {

    @ParameterizedTest(name = "erfc(|{0}|/√2) = {1}")
    @CsvSource({
            "0.5,  0.617075077451973792725",
            "1.96, 0.0499957902964408682732",
            "8,    1.2441921148543568247e-15",
            "11.3, 1.31217998818084185377e-29",
            "20,   5.50724823721246739015e-89",
            "-30,  9.81342785429637411907e-198",
    })
    void twoSidedPValueIsRelativelyAccurateInTheFarTail(double z, double expected) {
        assertThat(Normal.twoSidedPValue(z)).isCloseTo(expected, within(1e-12 * expected));
        assertThat(Normal.sf(Math.abs(z))).isCloseTo(expected / 2, within(1e-12 * expected));
    }

    @ParameterizedTest(name = "z(1 - {0}/2) = {1}")
    @CsvSource({
            "0.05,  1.95996398454005423552",
            "0.01,  2.57582930354890076098",
            "1e-12, 7.13050684817132445797",
            "1e-29, 11.3238345582199180796",
    })
    void criticalValues(double alpha, double expected) {
        assertThat(Normal.twoSidedCriticalValue(alpha)).isCloseTo(expected, within(1e-13 * expected));
        assertThat(Normal.inverseSf(alpha / 2)).isCloseTo(expected, within(1e-13 * expected));
        assertThat(Normal.inverseCdf(alpha / 2)).isCloseTo(-expected, within(1e-13 * expected));
    }

    @Test
    void cdfAndInverseRoundTrip() {
        for (double x = -37; x <= 37; x += 0.25) {
            // Invert the tail that holds the information: Φ(x) near 1 has lost it to rounding.
            double back = x <= 0 ? Normal.inverseCdf(Normal.cdf(x)) : Normal.inverseSf(Normal.sf(x));
            assertThat(back).isCloseTo(x, within(1e-13 * Math.max(1, Math.abs(x))));
            assertThat(Normal.cdf(x) + Normal.sf(x)).isCloseTo(1.0, within(1e-15));
        }
    }
}
