package io.praxis.scoring.grading;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grade of one answer: per-criterion levels with evidence and feedback, the weighted
 * overall score, the grader's confidence and flags. Serialisable to JSON so that the app can
 * store it next to the submission and show it again without re-grading.
 *
 * @param rubricId the rubric's id (the case id, or e.g. {@code structured-answer})
 * @param rubricVersion the rubric version that produced this grade
 * @param rubricTag {@code id@vN}
 * @param overall 0-100: round(100 · Σ(weight · level / 3) / Σ weight), then capped by flags
 * @param confidence 0-1, see {@link Grader} for the formula
 * @param needsReview true when any flag is raised or confidence is under
 *     {@link Grader#REVIEW_CONFIDENCE}: a mentor should look at this answer
 * @param flags what was detected, in a fixed order
 * @param wordCount words in the answer as submitted
 * @param criteria one grade per criterion, in rubric order
 */
public record GradeReport(String rubricId, int rubricVersion, String rubricTag, int overall, double confidence,
        boolean needsReview, List<Flag> flags, int wordCount, List<CriterionGrade> criteria) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public GradeReport {
        flags = List.copyOf(flags);
        criteria = List.copyOf(criteria);
    }

    /** Whether a flag with this code was raised. */
    public boolean hasFlag(Flag.Code code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }

    /** The grade of one criterion by id. */
    public java.util.Optional<CriterionGrade> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
    }

    /** This report as one JSON object (field names as in the record components). */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * Reads a report written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException when the text is not such a report
     */
    public static GradeReport fromJson(String json) {
        try {
            return JSON.readValue(json, GradeReport.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not a grade report: " + e.getOriginalMessage(), e);
        }
    }
}
