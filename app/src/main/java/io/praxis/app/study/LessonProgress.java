package io.praxis.app.study;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One learner's state on one lesson: when last opened and, once done, when completed. */
@Entity
@Table(name = "lesson_progress")
class LessonProgress {

    @Embeddable
    record Key(@Column(name = "user_id") Long userId, @Column(name = "lesson_id") String lessonId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_opened_at", nullable = false)
    private Instant lastOpenedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected LessonProgress() {
    }

    LessonProgress(long userId, String lessonId, Instant openedAt) {
        this.key = new Key(userId, lessonId);
        this.lastOpenedAt = openedAt;
    }

    Key key() {
        return key;
    }

    Instant lastOpenedAt() {
        return lastOpenedAt;
    }

    void opened(Instant at) {
        this.lastOpenedAt = at;
    }

    Instant completedAt() {
        return completedAt;
    }

    void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    void reopen() {
        completedAt = null;
    }
}
