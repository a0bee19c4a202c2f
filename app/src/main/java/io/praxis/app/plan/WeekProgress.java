package io.praxis.app.plan;

import io.praxis.content.plan.PlanWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One week of a learner's plan: the template week's theme with the tasks now scheduled in it
 * (its own, minus those moved away, plus those moved in).
 *
 * @param template the template week (title, goal, phase)
 * @param start its first day
 * @param end its last day, when its tasks are due
 * @param status how the week stands on the plan's "today"
 * @param tasks the tasks scheduled in it, template order
 */
public record WeekProgress(PlanWeek template, LocalDate start, LocalDate end, Status status,
        List<TaskProgress> tasks) {

    /** How a week stands as a whole. */
    public enum Status {
        DONE("Done"), LATE("Late"), CURRENT("This week"), UPCOMING("Upcoming"), EMPTY("No tasks");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public WeekProgress {
        tasks = List.copyOf(tasks);
    }

    public int number() {
        return template.number();
    }

    public long done() {
        return tasks.stream().filter(TaskProgress::done).count();
    }

    public long late() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.LATE).count();
    }
}
