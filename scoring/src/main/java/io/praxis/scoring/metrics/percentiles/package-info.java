/**
 * The {@code percentiles} family: p50, p90, p95 and p99 of request latencies by linear
 * interpolation (NumPy's default, Hyndman–Fan type 7), with their mean and maximum.
 */
package io.praxis.scoring.metrics.percentiles;
