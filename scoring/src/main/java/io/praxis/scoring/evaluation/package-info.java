/**
 * Measuring the grader against people: gold sets of human-scored answers
 * ({@link io.praxis.scoring.evaluation.GoldSet}, JSONL with file/line errors), the agreement
 * statistics ({@link io.praxis.scoring.evaluation.Agreement}: Spearman with average ranks for
 * ties, quadratic weighted kappa, exact and adjacent agreement, pairwise ordering accuracy) and
 * {@link io.praxis.scoring.evaluation.Evaluation}, which grades every gold answer and reports
 * the figures overall and per case.
 */
package io.praxis.scoring.evaluation;
