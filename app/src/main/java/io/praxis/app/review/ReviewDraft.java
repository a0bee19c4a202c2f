package io.praxis.app.review;

import io.praxis.scoring.grading.CriterionGrade;
import io.praxis.scoring.grading.GradeReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a mentor has written so far: a level 0-3 and a comment per criterion id, and an overall
 * comment. Immutable; the {@code with…} methods return a changed copy. Stored as JSON on the
 * review while it is being written, and copied into a {@link ReviewVersion} on release.
 *
 * @param levels the mentor's level per criterion id (a criterion without one counts as the grader's)
 * @param comments the comment per criterion id; missing means none
 * @param overall the overall comment, never null
 */
public record ReviewDraft(Map<String, Integer> levels, Map<String, String> comments, String overall) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ReviewDraft {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels == null ? Map.of() : levels));
        comments = Collections.unmodifiableMap(new LinkedHashMap<>(comments == null ? Map.of() : comments));
        overall = overall == null ? "" : overall;
    }

    /** A fresh draft that starts from the grader's level on every criterion, with no comments. */
    public static ReviewDraft fromGrader(GradeReport report) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (CriterionGrade c : report.criteria()) {
            levels.put(c.criterionId(), c.level());
        }
        return new ReviewDraft(levels, Map.of(), "");
    }

    /** The mentor's level for a criterion, or {@code fallback} (the grader's) when none is set. */
    public int level(String criterionId, int fallback) {
        return levels.getOrDefault(criterionId, fallback);
    }

    /** The comment on a criterion, empty when none. */
    public String comment(String criterionId) {
        return comments.getOrDefault(criterionId, "");
    }

    public ReviewDraft withLevel(String criterionId, int level) {
        Map<String, Integer> copy = new LinkedHashMap<>(levels);
        copy.put(criterionId, level);
        return new ReviewDraft(copy, comments, overall);
    }

    public ReviewDraft withComment(String criterionId, String comment) {
        Map<String, String> copy = new LinkedHashMap<>(comments);
        copy.put(criterionId, comment == null ? "" : comment);
        return new ReviewDraft(levels, copy, overall);
    }

    public ReviewDraft withOverall(String text) {
        return new ReviewDraft(levels, comments, text);
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * Reads a draft written by {@link #toJson()}.
     *
     * @throws IllegalStateException when the stored text is not a draft (a bug, not user input)
     */
    static ReviewDraft fromJson(String json) {
        try {
            return JSON.readValue(json, ReviewDraft.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Stored review draft is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
