package io.praxis.app.plan;

import io.praxis.content.plan.PlanTask;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One task of one learner's plan on one day.
 *
 * @param task the template task
 * @param week the week it is scheduled in (the template's, or where the learner moved it)
 * @param rescheduled whether the learner moved it
 * @param dueDate the last day of its week
 * @param status done, late, due this week or upcoming
 * @param doneAt when it was completed, or null
 * @param doneOn the completion date in the plan's zone, or null
 * @param auto whether its auto-completion rule ticked it
 * @param reflection the learner's note, or null
 */
public record TaskProgress(PlanTask task, int week, boolean rescheduled, LocalDate dueDate, TaskStatus status,
        Instant doneAt, LocalDate doneOn, boolean auto, String reflection) {

    public String id() {
        return task.id();
    }

    public boolean done() {
        return doneAt != null;
    }

    /** Done after its due date (shown honestly, though it counts as done). */
    public boolean doneLate() {
        return doneOn != null && doneOn.isAfter(dueDate);
    }
}
