package io.praxis.scoring.metrics.threshold;

/**
 * One point of a precision–recall curve: predicting positive iff {@code score >= threshold}
 * gives this recall and precision. The first point of a curve is recall 0, precision 1 with
 * threshold {@code +Infinity}, the convention of sklearn's {@code precision_recall_curve}.
 *
 * @param threshold      the score threshold; {@link Double#POSITIVE_INFINITY} for the start point
 * @param recall         tp/(tp+fn), the x coordinate
 * @param precision      tp/(tp+fp), the y coordinate
 * @param truePositives  tp at this threshold
 * @param falsePositives fp at this threshold
 */
public record PrPoint(double threshold, double recall, double precision,
                      long truePositives, long falsePositives) {
}
