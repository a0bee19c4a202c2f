package io.praxis.content.practice;

import java.util.List;

/**
 * The criteria an answer is graded on. {@code id} is the case id, or the id of a standalone
 * rubric such as {@code structured-answer}; {@code version} changes whenever grading would.
 */
public record Rubric(String id, String title, int version, List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** "spam-detection@v2": what a stored grade records so it can be traced to its rubric. */
    public String versionTag() {
        return id + "@v" + version;
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }
}
