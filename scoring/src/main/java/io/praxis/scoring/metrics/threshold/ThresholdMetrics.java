package io.praxis.scoring.metrics.threshold;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import java.util.Arrays;
import java.util.List;

/**
 * Metrics of a scoring classifier (METRICS.md §2, {@code threshold}): the confusion counts at a
 * threshold, ROC AUC, average precision and log loss, and the full ROC and precision–recall
 * curves for charts.
 *
 * <p>Everything that depends on the order of the scores is computed from one O(n log n) sort
 * (two primitive sorts, one per class, merged), so 100,000 scores take a few milliseconds.
 */
public final class ThresholdMetrics {

    /** The clip ε of log loss: double machine epsilon, 2.220446049250313e-16. */
    public static final double LOG_LOSS_EPSILON = Math.ulp(1.0);

    static final String ONE_CLASS_POSITIVE = "y_true contains a single class (only positives): "
            + "ROC AUC needs at least one positive and one negative";
    static final String ONE_CLASS_NEGATIVE = "y_true contains a single class (only negatives): "
            + "ROC AUC needs at least one positive and one negative";
    static final String NO_POSITIVE = "y_true has no positive: average precision needs at least one";

    private ThresholdMetrics() {
    }

    /**
     * Computes the threshold metrics.
     * <ul>
     * <li>tp, fp, fn, tn: an item is predicted positive iff {@code score >= threshold}
     *     (equality counts as positive).</li>
     * <li>roc_auc: the fraction of (positive, negative) pairs where the positive scores higher,
     *     ties counting ½ (Mann–Whitney U / (n₊·n₋)), which equals the trapezoidal area under
     *     the full ROC curve. Undefined when {@code y_true} has only one class.</li>
     * <li>average_precision: AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct scores in descending
     *     order; items with tied scores enter together, as one threshold; no interpolation
     *     (sklearn's definition). Undefined when there is no positive; 1 when every label is
     *     positive.</li>
     * <li>log_loss = −(1/N) Σ [y·ln p + (1−y)·ln(1−p)] with p = clip(score, ε, 1−ε),
     *     ε = {@link #LOG_LOSS_EPSILON}; always defined (a confident wrong answer costs −ln ε ≈
     *     36.04).</li>
     * </ul>
     */
    public static ThresholdResult compute(ThresholdInput in) {
        int[] y = in.labels();
        double[] s = in.scores();
        double threshold = in.threshold();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        double lossSum = 0.0;
        for (int k = 0; k < y.length; k++) {
            boolean predicted = s[k] >= threshold;
            double p = Math.min(Math.max(s[k], LOG_LOSS_EPSILON), 1.0 - LOG_LOSS_EPSILON);
            if (y[k] == 1) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
                lossSum -= Math.log(p);
            } else {
                if (predicted) {
                    fp++;
                } else {
                    tn++;
                }
                lossSum -= Math.log(1.0 - p);
            }
        }
        ScoreGroups groups = ScoreGroups.of(y, s);
        return new ThresholdResult(tp, fp, fn, tn, auc(groups), averagePrecision(groups),
                MetricValue.of(lossSum / y.length));
    }

    /**
     * The ROC and precision–recall curves from one sort. See {@link #rocCurve} and
     * {@link #prCurve} for their shape.
     *
     * @param yTrue  labels, each 0 or 1; not empty
     * @param yScore scores in [0, 1], as many as labels
     * @throws InvalidInputException naming the field when the input is invalid
     */
    public static ThresholdCurves curves(int[] yTrue, double[] yScore) {
        Validation.labelsAndScores(yTrue, yScore);
        ScoreGroups g = ScoreGroups.of(yTrue, yScore);
        return new ThresholdCurves(rocCurve(g), prCurve(g));
    }

    /**
     * The full ROC curve: the origin at threshold +Infinity, then one point (FPR, TPR) per
     * distinct score in descending order, ending at (1, 1). No point is dropped (sklearn's
     * {@code roc_curve(drop_intermediate=False)}). The AUC is the trapezoidal area, computed
     * exactly as Mann–Whitney U / (n₊·n₋). When the labels have only one class the curve has
     * no points and the AUC is undefined.
     *
     * @throws InvalidInputException naming the field when the input is invalid
     */
    public static RocCurve rocCurve(int[] yTrue, double[] yScore) {
        Validation.labelsAndScores(yTrue, yScore);
        return rocCurve(ScoreGroups.of(yTrue, yScore));
    }

    /**
     * The full precision–recall curve: (recall 0, precision 1) at threshold +Infinity, then one
     * point per distinct score in descending order (recall ascending, ending at 1). The average
     * precision is Σ (Rₙ − Rₙ₋₁)·Pₙ over these points. Without positives the curve has no
     * points and AP is undefined.
     *
     * @throws InvalidInputException naming the field when the input is invalid
     */
    public static PrCurve prCurve(int[] yTrue, double[] yScore) {
        Validation.labelsAndScores(yTrue, yScore);
        return prCurve(ScoreGroups.of(yTrue, yScore));
    }

    static MetricValue auc(ScoreGroups g) {
        if (g.positives == 0) {
            return MetricValue.undefined(ONE_CLASS_NEGATIVE);
        }
        if (g.negatives == 0) {
            return MetricValue.undefined(ONE_CLASS_POSITIVE);
        }
        return MetricValue.of(g.auc());
    }

    static MetricValue averagePrecision(ScoreGroups g) {
        return g.positives == 0 ? MetricValue.undefined(NO_POSITIVE) : MetricValue.of(g.averagePrecision());
    }

    static RocCurve rocCurve(ScoreGroups g) {
        MetricValue auc = auc(g);
        if (!auc.isDefined()) {
            return new RocCurve(List.of(), auc);
        }
        RocPoint[] points = new RocPoint[g.size + 1];
        double p = g.positives;
        double n = g.negatives;
        points[0] = new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0, 0, 0);
        for (int k = 0; k < g.size; k++) {
            points[k + 1] = new RocPoint(g.thresholds[k], g.fps[k] / n, g.tps[k] / p, g.tps[k], g.fps[k]);
        }
        return new RocCurve(Arrays.asList(points), auc);
    }

    static PrCurve prCurve(ScoreGroups g) {
        MetricValue ap = averagePrecision(g);
        if (!ap.isDefined()) {
            return new PrCurve(List.of(), ap);
        }
        PrPoint[] points = new PrPoint[g.size + 1];
        double p = g.positives;
        points[0] = new PrPoint(Double.POSITIVE_INFINITY, 0.0, 1.0, 0, 0);
        for (int k = 0; k < g.size; k++) {
            int tp = g.tps[k];
            int fp = g.fps[k];
            points[k + 1] = new PrPoint(g.thresholds[k], tp / p, tp / ((double) tp + fp), tp, fp);
        }
        return new PrCurve(Arrays.asList(points), ap);
    }
}
