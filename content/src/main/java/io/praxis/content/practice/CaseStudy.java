package io.praxis.content.practice;

import java.util.List;

/** A case exercise: the question, its context, a model answer and the rubric that grades it. */
public record CaseStudy(String id, String title, CaseKind kind, Difficulty difficulty, int minutes,
        List<String> lessons, String prompt, String context, String modelAnswer, Rubric rubric) {

    public CaseStudy {
        lessons = List.copyOf(lessons);
    }
}
