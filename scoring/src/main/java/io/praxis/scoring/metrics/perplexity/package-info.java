/**
 * The {@code perplexity} family: perplexity and cross-entropy in bits of a language model from
 * the probabilities it gave each token, computed by summing logs so that tiny probabilities do
 * not underflow.
 */
package io.praxis.scoring.metrics.perplexity;
