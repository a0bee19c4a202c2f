/**
 * The {@code rouge} family: ROUGE-1, ROUGE-2 and sentence-level ROUGE-L precision, recall and F1
 * of a candidate against one reference, after Lin (2004), with undefined values where a text has
 * no n-grams instead of rouge-score's 0.
 */
package io.praxis.scoring.metrics.rouge;
