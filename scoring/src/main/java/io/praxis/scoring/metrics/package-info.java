/**
 * The metric calculators of Praxis: pure functions, no Spring, one sub-package per metric family
 * of METRICS.md. This package holds what the families share: {@link io.praxis.scoring.metrics.MetricValue}
 * (a finite number, or "undefined, because …" — never NaN), {@link io.praxis.scoring.metrics.InvalidInputException}
 * (invalid input, naming the offending field), the range checks of the input records, and
 * {@link io.praxis.scoring.metrics.MetricFamilies}, the single JSON entry point that parses a METRICS.md
 * {@code input} object and returns the output fields by their METRICS.md names.
 */
package io.praxis.scoring.metrics;
