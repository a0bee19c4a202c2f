package io.praxis.scoring.metrics.confusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ConfusionMetricsTest {

    @Test
    void mccWithHugeCountsMatchesExactArithmetic() {
        long tp = 4_000_000_000_000L;
        long fp = 1_000_000_000_003L;
        long fn = 999_999_999_999L;
        long tn = 5_000_000_000_001L;
        double got = ConfusionMetrics.compute(new ConfusionInput(tp, fp, fn, tn, 1)).mcc().orElseThrow();
        MathContext mc = new MathContext(40);
        BigDecimal num = BigDecimal.valueOf(tp).multiply(BigDecimal.valueOf(tn))
                .subtract(BigDecimal.valueOf(fp).multiply(BigDecimal.valueOf(fn)));
        BigDecimal den = BigDecimal.valueOf(tp + fp).multiply(BigDecimal.valueOf(tp + fn))
                .multiply(BigDecimal.valueOf(tn + fp)).multiply(BigDecimal.valueOf(tn + fn)).sqrt(mc);
        double exact = num.divide(den, mc).doubleValue();
        assertThat(got).isCloseTo(exact, within(1e-15));
    }

    @Test
    void mccNumeratorDoesNotCancelCatastrophically() {
        // tp·tn − fp·fn = 1e18 is far below the rounding error of the ~1e36 products: doubles would give 0.
        long a = 1_000_000_000_000_000_000L;
        ConfusionResult r = ConfusionMetrics.compute(new ConfusionInput(a + 1, a, a, a, 1));
        assertThat(r.mcc().orElseThrow()).isPositive();
    }

    @Test
    void mccStaysWithinMinusOneAndOne() {
        assertThat(ConfusionMetrics.compute(ConfusionInput.of(30, 0, 0, 70)).mcc()).isEqualTo(MetricValue.of(1));
        assertThat(ConfusionMetrics.compute(ConfusionInput.of(0, 25, 15, 0)).mcc()).isEqualTo(MetricValue.of(-1));
    }

    @Test
    void fScoresAreZeroNotUndefinedWithoutTruePositives() {
        ConfusionResult r = ConfusionMetrics.compute(new ConfusionInput(0, 0, 8, 92, 2));
        assertThat(r.precision().isDefined()).isFalse();
        assertThat(r.f1()).isEqualTo(MetricValue.of(0));
        assertThat(r.fBeta()).isEqualTo(MetricValue.of(0));
    }

    @Test
    void emptyMatrixIsUndefinedEverywhereWithReasons() {
        ConfusionResult r = ConfusionMetrics.compute(ConfusionInput.of(0, 0, 0, 0));
        for (MetricValue v : new MetricValue[] {r.accuracy(), r.precision(), r.recall(), r.specificity(), r.f1(),
                r.fBeta(), r.mcc(), r.balancedAccuracy()}) {
            assertThat(v).isInstanceOfSatisfying(MetricValue.Undefined.class,
                    u -> assertThat(u.reason()).isNotBlank());
        }
    }

    @Test
    void balancedAccuracyUndefinedWithOneActualClass() {
        ConfusionResult r = ConfusionMetrics.compute(ConfusionInput.of(5, 0, 2, 0));
        assertThat(r.recall()).isEqualTo(MetricValue.of(5.0 / 7));
        assertThat(r.balancedAccuracy()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason()).contains("specificity"));
    }

    @Test
    void extremeBetaTendsToRecallOrPrecision() {
        ConfusionResult big = ConfusionMetrics.compute(new ConfusionInput(45, 5, 10, 40, 1e200));
        assertThat(big.fBeta().orElseThrow()).isCloseTo(big.recall().orElseThrow(), within(1e-15));
        ConfusionResult small = ConfusionMetrics.compute(new ConfusionInput(45, 5, 10, 40, 1e-200));
        assertThat(small.fBeta().orElseThrow()).isCloseTo(small.precision().orElseThrow(), within(1e-15));
        ConfusionResult one = ConfusionMetrics.compute(new ConfusionInput(45, 5, 10, 40, 1));
        assertThat(one.fBeta().orElseThrow()).isCloseTo(one.f1().orElseThrow(), within(1e-15));
    }

    @Test
    void invalidCountsNameTheirField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new ConfusionInput(1, 1, -3, 1, 1)).field()).isEqualTo("fn");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new ConfusionInput(1, 1, 1, 1, Double.NaN)).field()).isEqualTo("beta");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new ConfusionInput(1, 1, 1, 1, Double.POSITIVE_INFINITY)).field()).isEqualTo("beta");
    }
}
