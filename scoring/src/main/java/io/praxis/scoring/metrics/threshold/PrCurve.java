package io.praxis.scoring.metrics.threshold;

import io.praxis.scoring.metrics.MetricValue;
import java.util.List;

/**
 * A full precision–recall curve and its average precision.
 *
 * @param points           one point per distinct score, in descending threshold order (so
 *                         recall ascends), preceded by (recall 0, precision 1) at threshold
 *                         +Infinity; empty when the labels have no positive
 * @param averagePrecision AP = Σ (Rₙ − Rₙ₋₁)·Pₙ over the points; undefined without positives
 */
public record PrCurve(List<PrPoint> points, MetricValue averagePrecision) {

    public PrCurve {
        points = List.copyOf(points);
    }
}
