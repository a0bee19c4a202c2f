/**
 * The {@code bleu} family: corpus-level BLEU-4 as NLTK's {@code corpus_bleu} without smoothing,
 * with its modified n-gram precisions, brevity penalty and hypothesis and reference lengths.
 */
package io.praxis.scoring.metrics.bleu;
