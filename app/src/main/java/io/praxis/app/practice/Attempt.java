package io.praxis.app.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One attempt at a case or question by one learner. While DRAFT, the text changes with every
 * autosave ({@code draftRevision} counts saves so that two tabs notice each other). Submitting
 * copies the draft into {@code answerText} with the grade report; from then on the answer and
 * grade never change (every retry is a new attempt).
 */
@Entity
@Table(name = "attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 16)
    private ItemType itemType;

    @Column(name = "item_id", nullable = false, length = 80)
    private String itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "draft_text", nullable = false, length = 20000)
    private String draftText = "";

    @Column(name = "draft_revision", nullable = false)
    private long draftRevision;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "answer_text", length = 20000)
    private String answerText;

    @Column(name = "grade_json", length = 1000000)
    private String gradeJson;

    private Integer score;

    private Double confidence;

    @Column(name = "needs_review")
    private Boolean needsReview;

    @Column(name = "rubric_tag", length = 120)
    private String rubricTag;

    @Column(name = "rubric_version")
    private Integer rubricVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Attempt() {
    }

    Attempt(long userId, ItemType itemType, String itemId, AttemptMode mode, Instant createdAt, Instant deadlineAt) {
        this.userId = userId;
        this.itemType = itemType;
        this.itemId = itemId;
        this.mode = mode;
        this.status = AttemptStatus.DRAFT;
        this.createdAt = createdAt;
        this.deadlineAt = deadlineAt;
    }

    void saveDraft(String text, Instant at) {
        requireDraft();
        this.draftText = text;
        this.draftRevision++;
        this.draftSavedAt = at;
    }

    void submit(String answer, String gradeJson, int score, double confidence, boolean needsReview, String rubricTag,
            int rubricVersion, Instant at) {
        requireDraft();
        this.draftText = answer;
        this.answerText = answer;
        this.gradeJson = gradeJson;
        this.score = score;
        this.confidence = confidence;
        this.needsReview = needsReview;
        this.rubricTag = rubricTag;
        this.rubricVersion = rubricVersion;
        this.submittedAt = at;
        this.status = AttemptStatus.SUBMITTED;
    }

    void moveTo(AttemptStatus next) {
        if (status == AttemptStatus.DRAFT || next == AttemptStatus.DRAFT) {
            throw new IllegalStateException("A draft is not reviewable and a submission never becomes a draft again");
        }
        this.status = next;
    }

    private void requireDraft() {
        if (status != AttemptStatus.DRAFT) {
            throw new IllegalStateException("Attempt " + id + " was submitted and cannot change");
        }
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    ItemType getItemType() {
        return itemType;
    }

    String getItemId() {
        return itemId;
    }

    AttemptMode getMode() {
        return mode;
    }

    AttemptStatus getStatus() {
        return status;
    }

    String getDraftText() {
        return draftText;
    }

    long getDraftRevision() {
        return draftRevision;
    }

    Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    String getAnswerText() {
        return answerText;
    }

    String getGradeJson() {
        return gradeJson;
    }

    Integer getScore() {
        return score;
    }

    Double getConfidence() {
        return confidence;
    }

    Boolean getNeedsReview() {
        return needsReview;
    }

    String getRubricTag() {
        return rubricTag;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDeadlineAt() {
        return deadlineAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
