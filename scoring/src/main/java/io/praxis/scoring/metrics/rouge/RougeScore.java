package io.praxis.scoring.metrics.rouge;

import io.praxis.scoring.metrics.MetricValue;

/**
 * Precision, recall and F1 of one ROUGE variant.
 */
public record RougeScore(MetricValue precision, MetricValue recall, MetricValue f1) {
}
