package io.praxis.scoring.metrics.threshold;

import io.praxis.scoring.metrics.MetricValue;
import java.util.List;

/**
 * A full ROC curve (no intermediate points dropped) and its area.
 *
 * @param points one point per distinct score, in descending threshold order (so FPR and TPR
 *               ascend), preceded by the origin at threshold +Infinity and ending at (1, 1);
 *               empty when the curve is undefined (only one class in the labels)
 * @param auc    the area under the curve, equal to the Mann–Whitney U / (n₊·n₋) with ties ½;
 *               undefined when the labels have only one class
 */
public record RocCurve(List<RocPoint> points, MetricValue auc) {

    public RocCurve {
        points = List.copyOf(points);
    }
}
