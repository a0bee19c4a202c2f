package io.praxis.scoring.grading;

import java.util.List;

/**
 * How an answer did on one criterion of the rubric.
 *
 * @param level 0-3, after anti-indicators
 * @param subScore round(level / 3 · 100)
 * @param evidence the sentences that earned concepts, in answer order
 * @param matchedConcepts ids of the concepts found, in rubric order ({@code "exemplar"} last when
 *     a sentence was close to an exemplar)
 * @param missing the concepts not found, in rubric order
 * @param descriptor the rubric's descriptor of the level reached
 * @param nextDescriptor the descriptor of the next level, null at level 3
 * @param feedback one or two sentences on what a higher level needs
 * @param lessons the lessons that teach this criterion
 */
public record CriterionGrade(String criterionId, String title, int weight, int level, int subScore,
        List<Evidence> evidence, List<String> matchedConcepts, List<MissingConcept> missing, String descriptor,
        String nextDescriptor, String feedback, List<String> lessons) {

    public CriterionGrade {
        evidence = List.copyOf(evidence);
        matchedConcepts = List.copyOf(matchedConcepts);
        missing = List.copyOf(missing);
        lessons = List.copyOf(lessons);
    }
}
