/**
 * The standard normal distribution (cumulative distribution, upper tail, two-sided p-value and
 * their inverses) used by the A/B-test and sample-size calculators, computed from the tails with
 * Apache Commons Numbers' {@code erfc} and inverse {@code erfc} so that p-values near 1e-29 keep
 * full relative accuracy.
 */
package io.praxis.scoring.metrics.stats;
