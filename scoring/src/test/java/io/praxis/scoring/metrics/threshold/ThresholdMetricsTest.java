package io.praxis.scoring.metrics.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdMetricsTest {

    private static ThresholdResult compute(int[] y, double[] s, double threshold) {
        return ThresholdMetrics.compute(new ThresholdInput(y, s, threshold));
    }

    @Test
    void tiedScoresEnterAveragePrecisionTogether() {
        // Scores 0.9 (pos), 0.6 (pos, neg), 0.2 (pos). Per threshold: R = 1/3, 2/3, 1 and
        // P = 1, 2/3, 3/4. AP = 1/3·1 + 1/3·2/3 + 1/3·3/4.
        int[] y = {1, 1, 0, 1};
        double[] s = {0.9, 0.6, 0.6, 0.2};
        double ap = compute(y, s, 0.5).averagePrecision().orElseThrow();
        assertThat(ap).isCloseTo((1 + 2.0 / 3 + 3.0 / 4) / 3, within(1e-15));
        // Summing per item (tie broken positive first) would give 1/3·(1 + 1 + 3/4) instead.
        assertThat(ap).isNotCloseTo((1 + 1 + 3.0 / 4) / 3, within(1e-3));
    }

    @Test
    void tiedScoresCountHalfInAuc() {
        int[] y = {1, 0};
        double[] s = {0.5, 0.5};
        assertThat(compute(y, s, 0.5).rocAuc()).isEqualTo(MetricValue.of(0.5));
        assertThat(compute(new int[] {1, 0, 1, 0}, new double[] {0.8, 0.8, 0.3, 0.1}, 0.5).rocAuc())
                .isEqualTo(MetricValue.of((1 + 0.5 + 0 + 1) / 4.0));
    }

    @Test
    void scoreEqualToThresholdIsPositive() {
        ThresholdResult r = compute(new int[] {1, 0, 1}, new double[] {0.5, 0.5, 0.49}, 0.5);
        assertThat(r.tp()).isEqualTo(1);
        assertThat(r.fp()).isEqualTo(1);
        assertThat(r.fn()).isEqualTo(1);
        assertThat(r.tn()).isZero();
    }

    @Test
    void confidentWrongAnswerCostsMinusLnEpsilon() {
        double loss = compute(new int[] {1}, new double[] {0.0}, 0.5).logLoss().orElseThrow();
        assertThat(loss).isCloseTo(-Math.log(Math.ulp(1.0)), within(1e-12)).isCloseTo(36.04, within(0.01));
        assertThat(compute(new int[] {0}, new double[] {1.0}, 0.5).logLoss().orElseThrow()).isCloseTo(36.04, within(0.01));
    }

    @Test
    void onlyPositivesGiveApOneAndUndefinedAuc() {
        ThresholdResult r = compute(new int[] {1, 1, 1}, new double[] {0.1, 0.5, 0.9}, 0.5);
        assertThat(r.averagePrecision()).isEqualTo(MetricValue.of(1));
        assertThat(r.rocAuc()).isInstanceOf(MetricValue.Undefined.class);
    }

    @Test
    void rocCurveEndpointsAndShape() {
        int[] y = {1, 0, 1, 0, 1, 0, 0, 1};
        double[] s = {0.6, 0.6, 0.4, 0.4, 0.9, 0.2, 0.6, 0.6};
        RocCurve roc = ThresholdMetrics.rocCurve(y, s);
        List<RocPoint> p = roc.points();
        assertThat(p.getFirst()).isEqualTo(new RocPoint(Double.POSITIVE_INFINITY, 0, 0, 0, 0));
        assertThat(p.getLast()).isEqualTo(new RocPoint(0.2, 1, 1, 4, 4));
        assertThat(p).extracting(RocPoint::threshold).containsExactly(Double.POSITIVE_INFINITY, 0.9, 0.6, 0.4, 0.2);
        assertThat(p.get(2)).isEqualTo(new RocPoint(0.6, 0.5, 0.75, 3, 2));
        assertThat(roc.auc()).isEqualTo(MetricValue.of(0.71875));
        assertThat(trapezoid(p)).isCloseTo(0.71875, within(1e-15));
    }

    @Test
    void prCurveEndpointsAndShape() {
        int[] y = {1, 0, 1, 0, 1, 0, 0, 1};
        double[] s = {0.6, 0.6, 0.4, 0.4, 0.9, 0.2, 0.6, 0.6};
        PrCurve pr = ThresholdMetrics.prCurve(y, s);
        List<PrPoint> p = pr.points();
        assertThat(p.getFirst()).isEqualTo(new PrPoint(Double.POSITIVE_INFINITY, 0, 1, 0, 0));
        assertThat(p.get(1)).isEqualTo(new PrPoint(0.9, 0.25, 1, 1, 0));
        assertThat(p.getLast()).isEqualTo(new PrPoint(0.2, 1, 0.5, 4, 4));
        double ap = 0;
        for (int k = 1; k < p.size(); k++) {
            ap += (p.get(k).recall() - p.get(k - 1).recall()) * p.get(k).precision();
        }
        assertThat(pr.averagePrecision().orElseThrow()).isCloseTo(ap, within(1e-15)).isCloseTo(0.6928571429, within(1e-10));
    }

    @Test
    void curvesOfOneClassAreEmptyAndUndefined() {
        ThresholdCurves c = ThresholdMetrics.curves(new int[] {0, 0}, new double[] {0.3, 0.7});
        assertThat(c.roc().points()).isEmpty();
        assertThat(c.roc().auc()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(c.pr().points()).isEmpty();
        assertThat(c.pr().averagePrecision()).isInstanceOf(MetricValue.Undefined.class);
        ThresholdCurves positives = ThresholdMetrics.curves(new int[] {1, 1}, new double[] {0.3, 0.7});
        assertThat(positives.roc().points()).isEmpty();
        assertThat(positives.pr().points()).hasSize(3);
    }

    @Test
    void negativeZeroAndZeroAreOneThreshold() {
        RocCurve roc = ThresholdMetrics.rocCurve(new int[] {1, 0}, new double[] {-0.0, 0.0});
        assertThat(roc.points()).hasSize(2);
        assertThat(roc.auc()).isEqualTo(MetricValue.of(0.5));
    }

    @Test
    void largeInputMatchesBruteForce() {
        Random rnd = new Random(42);
        int n = 3000;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = Math.round(rnd.nextDouble() * 100) / 100.0; // many ties
            y[i] = rnd.nextDouble() < 0.2 + 0.6 * s[i] ? 1 : 0;
        }
        double pairs = 0;
        long np = 0;
        long nn = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] == 1) {
                np++;
            } else {
                nn++;
            }
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        ThresholdCurves c = ThresholdMetrics.curves(y, s);
        assertThat(c.roc().auc().orElseThrow()).isCloseTo(pairs / (np * nn), within(1e-14));
        assertThat(trapezoid(c.roc().points())).isCloseTo(pairs / (np * nn), within(1e-12));
        assertThat(c.roc().points()).hasSize(102); // 101 distinct scores + origin
        assertThat(c.pr().averagePrecision()).isEqualTo(compute(y, s, 0.5).averagePrecision());
    }

    @Test
    void hundredThousandScoresAreFast() {
        Random rnd = new Random(1);
        int n = 100_000;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = rnd.nextDouble();
            y[i] = rnd.nextDouble() < s[i] ? 1 : 0;
        }
        ThresholdCurves c = ThresholdMetrics.curves(y, s);
        assertThat(c.roc().points()).hasSize(n + 1);
        assertThat(c.pr().points()).hasSize(n + 1);
        assertThat(c.roc().auc().orElseThrow()).isBetween(0.8, 0.9);
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ThresholdMetrics.curves(new int[] {0, 1}, new double[] {0.1, Double.NaN})).field())
                .isEqualTo("y_score[1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new ThresholdInput(new int[] {0, 1}, new double[] {0.1, 0.2}, Double.NaN)).field())
                .isEqualTo("threshold");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ThresholdMetrics.rocCurve(new int[] {0, -1}, new double[] {0.1, 0.2})).field())
                .isEqualTo("y_true[1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ThresholdMetrics.prCurve(null, new double[] {0.1})).field()).isEqualTo("y_true");
    }

    @Test
    void inputIsDefensivelyCopied() {
        double[] s = {0.2, 0.8};
        ThresholdInput in = new ThresholdInput(new int[] {0, 1}, s, 0.5);
        s[0] = 0.9;
        assertThat(in.yScore()).containsExactly(0.2, 0.8);
        in.yScore()[1] = 0;
        assertThat(in).isEqualTo(new ThresholdInput(new int[] {0, 1}, new double[] {0.2, 0.8}, 0.5));
    }

    private static double trapezoid(List<RocPoint> p) {
        double area = 0;
        for (int k = 1; k < p.size(); k++) {
            area += (p.get(k).falsePositiveRate() - p.get(k - 1).falsePositiveRate())
                    * (p.get(k).truePositiveRate() + p.get(k - 1).truePositiveRate()) / 2;
        }
        return area;
    }
}
