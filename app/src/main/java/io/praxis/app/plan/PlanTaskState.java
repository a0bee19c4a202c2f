package io.praxis.app.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * One learner's state of one template task: moved week, completion, reflection. A row
 * exists only once the learner (or an auto rule) touched the task.
 */
@Entity
@Table(name = "plan_task_state")
class PlanTaskState {

    @Embeddable
    record Key(@Column(name = "user_id") Long userId, @Column(name = "task_id") String taskId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "week_number")
    private Integer week;

    @Column(name = "done_at")
    private Instant doneAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "done_how", length = 8)
    private DoneHow doneHow;

    @Column(name = "reflection", length = 2000)
    private String reflection;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected PlanTaskState() {
    }

    PlanTaskState(long userId, String taskId, Instant now) {
        this.key = new Key(userId, taskId);
        this.updatedAt = now;
    }

    Key key() {
        return key;
    }

    boolean done() {
        return doneAt != null;
    }

    DoneHow doneHow() {
        return doneHow;
    }

    void markDone(Instant at, DoneHow how, Instant now) {
        this.doneAt = at;
        this.doneHow = how;
        this.updatedAt = now;
    }

    void clearDone(Instant now) {
        this.doneAt = null;
        this.doneHow = null;
        this.updatedAt = now;
    }

    void reflection(String text, Instant now) {
        this.reflection = text;
        this.updatedAt = now;
    }

    void week(Integer week, Instant now) {
        this.week = week;
        this.updatedAt = now;
    }

    TaskState toState() {
        return new TaskState(key.taskId(), week, doneAt, doneHow, reflection);
    }
}
