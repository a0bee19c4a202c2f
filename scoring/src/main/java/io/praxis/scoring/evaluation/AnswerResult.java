package io.praxis.scoring.evaluation;

import java.util.List;
import java.util.Map;

/**
 * One gold answer next to its grade.
 *
 * @param humanLevels the gold levels by criterion id (empty when the gold line has none)
 * @param graderLevels the grader's levels by criterion id, in rubric order
 * @param flags codes of the flags the grader raised
 */
public record AnswerResult(String caseId, String where, int humanScore, int graderScore,
        Map<String, Integer> humanLevels, Map<String, Integer> graderLevels, List<String> flags) {

    public AnswerResult {
        humanLevels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(humanLevels));
        graderLevels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(graderLevels));
        flags = List.copyOf(flags);
    }

    /** Grader minus human overall score. */
    public int scoreError() {
        return graderScore - humanScore;
    }
}
