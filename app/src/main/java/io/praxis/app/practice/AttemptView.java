package io.praxis.app.practice;

import io.praxis.scoring.grading.GradeReport;
import java.time.Instant;

/** A read-only copy of an attempt for views and other features. {@code report} is null for drafts. */
public record AttemptView(long id, long userId, ItemType itemType, String itemId, String itemTitle, AttemptMode mode,
        AttemptStatus status, String draftText, long draftRevision, Instant draftSavedAt, String answerText,
        GradeReport report, Integer score, Double confidence, boolean needsReview, String rubricTag,
        Instant createdAt, Instant deadlineAt, Instant submittedAt) {

    public boolean isDraft() {
        return status == AttemptStatus.DRAFT;
    }
}
