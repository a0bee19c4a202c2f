package io.praxis.content.plan;

import java.util.List;

/**
 * One week of the template.
 *
 * @param number 1-13
 * @param phase the month it belongs to
 * @param title the week's theme
 * @param goal what the learner should have by the end of the week
 * @param tasks two to five tasks, in the order shown
 */
public record PlanWeek(int number, PlanPhase phase, String title, String goal, List<PlanTask> tasks) {

    public PlanWeek {
        tasks = List.copyOf(tasks);
    }
}
