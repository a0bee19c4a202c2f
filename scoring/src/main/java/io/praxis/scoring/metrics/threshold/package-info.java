/**
 * The {@code threshold} family: the confusion counts of a scoring classifier at a threshold, ROC
 * AUC, average precision and log loss, plus the full ROC and precision–recall curves (a point and
 * its threshold per distinct score) for charts, all derived from a single O(n log n) sort.
 */
package io.praxis.scoring.metrics.threshold;
