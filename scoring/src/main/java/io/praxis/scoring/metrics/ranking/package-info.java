/**
 * The {@code ranking} family: nDCG@k (linear gain), MAP, MRR, precision@k and recall@k of ranked
 * result lists with graded relevance, averaged over queries; undefined for the whole input when
 * any query has no relevant result.
 */
package io.praxis.scoring.metrics.ranking;
