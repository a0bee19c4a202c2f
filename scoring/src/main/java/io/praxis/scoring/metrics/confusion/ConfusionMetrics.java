package io.praxis.scoring.metrics.confusion;

import io.praxis.scoring.metrics.MetricValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Classification metrics from a binary confusion matrix (METRICS.md §1, {@code confusion}).
 */
public final class ConfusionMetrics {

    private ConfusionMetrics() {
    }

    /**
     * Computes every confusion-matrix metric. With N = tp+fp+fn+tn:
     * <ul>
     * <li>accuracy = (tp+tn)/N; undefined when N = 0.</li>
     * <li>precision = tp/(tp+fp); undefined when tp+fp = 0 (no predicted positives).</li>
     * <li>recall = tp/(tp+fn); undefined when tp+fn = 0 (no actual positives).</li>
     * <li>specificity = tn/(tn+fp); undefined when tn+fp = 0 (no actual negatives).</li>
     * <li>f1 = 2tp/(2tp+fp+fn); undefined only when tp+fp+fn = 0. It is 0, not undefined,
     *     when tp = 0 and fp+fn &gt; 0, even if precision or recall is undefined (as sklearn).</li>
     * <li>f_beta = (1+β²)tp/((1+β²)tp + β²fn + fp), with the same rule as f1. For β &gt; 1 it is
     *     evaluated divided through by β², so a huge β tends to recall instead of overflowing.</li>
     * <li>mcc = (tp·tn − fp·fn)/√((tp+fp)(tp+fn)(tn+fp)(tn+fn)); undefined when any of the
     *     four sums is 0 (sklearn returns 0 there). The numerator is computed exactly in
     *     integers; the denominator in floating point (the product can reach 1e24 and more).</li>
     * <li>balanced_accuracy = (recall+specificity)/2; undefined when either is undefined
     *     (sklearn averages only the defined class recalls).</li>
     * </ul>
     */
    public static ConfusionResult compute(ConfusionInput in) {
        long tp = in.tp();
        long fp = in.fp();
        long fn = in.fn();
        long tn = in.tn();
        double dtp = tp;
        double dfp = fp;
        double dfn = fn;
        double dtn = tn;

        MetricValue accuracy = (tp | fp | fn | tn) == 0
                ? MetricValue.undefined("N = tp + fp + fn + tn = 0: there are no items")
                : MetricValue.of((dtp + dtn) / (dtp + dfp + dfn + dtn));
        MetricValue precision = (tp | fp) == 0
                ? MetricValue.undefined("tp + fp = 0: no predicted positives")
                : MetricValue.of(dtp / (dtp + dfp));
        MetricValue recall = (tp | fn) == 0
                ? MetricValue.undefined("tp + fn = 0: no actual positives")
                : MetricValue.of(dtp / (dtp + dfn));
        MetricValue specificity = (tn | fp) == 0
                ? MetricValue.undefined("tn + fp = 0: no actual negatives")
                : MetricValue.of(dtn / (dtn + dfp));

        boolean noPositives = (tp | fp | fn) == 0;
        String noPositivesReason = "tp + fp + fn = 0: no positives, predicted or actual (0/0)";
        MetricValue f1 = noPositives
                ? MetricValue.undefined(noPositivesReason)
                : MetricValue.of(2 * dtp / (2 * dtp + dfp + dfn));
        MetricValue fBeta = noPositives
                ? MetricValue.undefined(noPositivesReason)
                : MetricValue.of(fBeta(dtp, dfp, dfn, in.beta()));

        MetricValue mcc = mcc(tp, fp, fn, tn);

        MetricValue balanced;
        if (recall.isDefined() && specificity.isDefined()) {
            balanced = MetricValue.of((recall.orElseThrow() + specificity.orElseThrow()) / 2);
        } else {
            List<String> why = new ArrayList<>();
            if (recall instanceof MetricValue.Undefined(String r)) {
                why.add("recall is undefined (" + r + ")");
            }
            if (specificity instanceof MetricValue.Undefined(String r)) {
                why.add("specificity is undefined (" + r + ")");
            }
            balanced = MetricValue.undefined(String.join("; ", why));
        }
        return new ConfusionResult(accuracy, precision, recall, specificity, f1, fBeta, mcc, balanced);
    }

    static double fBeta(double tp, double fp, double fn, double beta) {
        double b2 = beta * beta;
        if (beta <= 1.0) {
            double a = (1 + b2) * tp;
            return a / (a + b2 * fn + fp);
        }
        double inv = 1.0 / b2; // divide numerator and denominator by β²
        double a = (inv + 1) * tp;
        return a / (a + fn + inv * fp);
    }

    static MetricValue mcc(long tp, long fp, long fn, long tn) {
        List<String> empty = new ArrayList<>();
        if ((tp | fp) == 0) {
            empty.add("tp + fp = 0 (no predicted positives)");
        }
        if ((tp | fn) == 0) {
            empty.add("tp + fn = 0 (no actual positives)");
        }
        if ((tn | fp) == 0) {
            empty.add("tn + fp = 0 (no actual negatives)");
        }
        if ((tn | fn) == 0) {
            empty.add("tn + fn = 0 (no predicted negatives)");
        }
        if (!empty.isEmpty()) {
            return MetricValue.undefined("a row or column of the confusion matrix is empty, so MCC is 0/0: "
                    + String.join(", ", empty));
        }
        double numerator = BigInteger.valueOf(tp).multiply(BigInteger.valueOf(tn))
                .subtract(BigInteger.valueOf(fp).multiply(BigInteger.valueOf(fn)))
                .doubleValue();
        double a = (double) tp + fp;
        double b = (double) tp + fn;
        double c = (double) tn + fp;
        double d = (double) tn + fn;
        double denominator = Math.sqrt(a * b) * Math.sqrt(c * d);
        double r = numerator / denominator;
        return MetricValue.of(Math.max(-1.0, Math.min(1.0, r)));
    }
}
