package io.praxis.scoring.evaluation;

/**
 * Agreement of the grader with the human scores over a group of gold answers. Undefined
 * figures are {@link Double#NaN} (written as JSON null).
 *
 * @param n answers in the group
 * @param spearman rank correlation of the overall scores
 * @param qwk quadratic weighted kappa of criterion levels 0-3, pooled over all criteria
 * @param exact share of criterion levels equal to the human's
 * @param adjacent share of criterion levels within one of the human's
 * @param pairwise share of answer pairs (same case, different human scores) that the grader
 *     orders the same way; grader ties count one half
 * @param levelCount criterion levels compared
 * @param pairCount answer pairs compared
 */
public record Figures(int n, double spearman, double qwk, double exact, double adjacent, double pairwise,
        int levelCount, int pairCount) {
}
