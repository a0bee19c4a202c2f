package io.praxis.app.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One journal entry of one learner. The body is Markdown as typed, never HTML. */
@Entity
@Table(name = "journal_entry")
class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "task_id", length = 80)
    private String taskId;

    @Column(name = "lesson_id", length = 80)
    private String lessonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JournalEntry() {
    }

    JournalEntry(long userId, Instant now) {
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(LocalDate entryDate, String title, String body, String taskId, String lessonId, Instant now) {
        this.entryDate = entryDate;
        this.title = title;
        this.body = body;
        this.taskId = taskId;
        this.lessonId = lessonId;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    LocalDate getEntryDate() {
        return entryDate;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    String getTaskId() {
        return taskId;
    }

    String getLessonId() {
        return lessonId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
