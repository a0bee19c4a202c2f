package io.praxis.content.practice;

import java.util.List;

/**
 * An interview question from the bank. {@code caseId} names the case whose rubric grades it,
 * or is null when the generic structured-answer rubric does.
 */
public record Question(String id, QuestionCategory category, String question, Difficulty difficulty, int minutes,
        List<String> strongAnswer, String pitfall, List<String> lessons, String caseId) {

    public Question {
        strongAnswer = List.copyOf(strongAnswer);
        lessons = List.copyOf(lessons);
    }
}
