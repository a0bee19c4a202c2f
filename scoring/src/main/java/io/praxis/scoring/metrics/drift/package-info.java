/**
 * The {@code drift} family: the population stability index (empty bins replaced by 1e-4) and the
 * KL divergence of an actual histogram from an expected one, undefined when the KL is infinite.
 */
package io.praxis.scoring.metrics.drift;
