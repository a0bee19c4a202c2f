package io.praxis.scoring.metrics.threshold;

/**
 * The ROC and precision–recall curves of one set of scores, computed from a single sort.
 *
 * @param roc the ROC curve and its AUC
 * @param pr  the precision–recall curve and its average precision
 */
public record ThresholdCurves(RocCurve roc, PrCurve pr) {
}
