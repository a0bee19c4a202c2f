/**
 * The text tokenizer of METRICS.md shared by BLEU and ROUGE (lowercase, split on runs of ASCII
 * whitespace, drop empty tokens, no stemming, punctuation kept) and n-gram counting.
 */
package io.praxis.scoring.metrics.text;
