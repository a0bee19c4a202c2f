package io.praxis.scoring.metrics.threshold;

/**
 * One point of a ROC curve: predicting positive iff {@code score >= threshold} gives these
 * rates. The first point of a curve is (0, 0) with threshold {@code +Infinity} (nothing is
 * predicted positive).
 *
 * @param threshold         the score threshold; {@link Double#POSITIVE_INFINITY} for the origin
 * @param falsePositiveRate FPR = fp/(fp+tn), the x coordinate
 * @param truePositiveRate  TPR = tp/(tp+fn), the y coordinate
 * @param truePositives     tp at this threshold
 * @param falsePositives    fp at this threshold
 */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate,
                       long truePositives, long falsePositives) {
}
