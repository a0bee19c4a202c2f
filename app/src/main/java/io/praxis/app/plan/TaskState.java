package io.praxis.app.plan;

import java.time.Instant;

/**
 * A learner's stored state of one task, as the pure calculation sees it.
 *
 * @param taskId the template task id
 * @param week the week the learner moved it to, or null for the template's week
 * @param doneAt when it was completed, or null
 * @param how how it was completed, or null when not done
 * @param reflection the learner's note, or null
 */
public record TaskState(String taskId, Integer week, Instant doneAt, DoneHow how, String reflection) {

    /** A task nobody touched. */
    public static TaskState untouched(String taskId) {
        return new TaskState(taskId, null, null, null, null);
    }
}
