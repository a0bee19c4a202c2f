/**
 * The {@code samplesize} family: Cohen's h and the visitors needed per arm of a two-sided
 * two-proportion test, solving the power equation with both tails numerically (as statsmodels'
 * {@code NormalIndPower}) rather than using the textbook closed form.
 */
package io.praxis.scoring.metrics.samplesize;
