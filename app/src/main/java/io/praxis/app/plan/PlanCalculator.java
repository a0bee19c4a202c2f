package io.praxis.app.plan;

import io.praxis.content.plan.AutoCompletion;
import io.praxis.content.plan.PlanTask;
import io.praxis.content.plan.PlanTemplate;
import io.praxis.content.plan.PlanWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pure part of the plan: dates, statuses and auto-completion, with no database and no
 * clock of its own, so that every date rule is tested directly.
 */
public final class PlanCalculator {

    private PlanCalculator() {
    }

    /**
     * A learner's plan on the day that {@code now} is in the plan's zone.
     *
     * @param template the plan template
     * @param setup start, zone, source
     * @param now the current instant
     * @param states the learner's stored task states by task id; missing tasks are untouched
     */
    public static LearnerPlan compute(PlanTemplate template, PlanSetup setup, Instant now, Map<String, TaskState> states) {
        PlanCalendar calendar = new PlanCalendar(setup.start());
        LocalDate today = PlanCalendar.dateIn(now, setup.zone());
        List<List<TaskProgress>> byWeek = new ArrayList<>();
        for (int i = 0; i < PlanTemplate.WEEKS; i++) {
            byWeek.add(new ArrayList<>());
        }
        for (PlanTask task : template.tasks()) {
            TaskState state = states.getOrDefault(task.id(), TaskState.untouched(task.id()));
            int week = state.week() != null && state.week() >= 1 && state.week() <= PlanTemplate.WEEKS
                    ? state.week() : task.week();
            LocalDate due = calendar.weekEnd(week);
            LocalDate doneOn = state.doneAt() == null ? null : PlanCalendar.dateIn(state.doneAt(), setup.zone());
            TaskStatus status = status(state.doneAt() != null, calendar.weekStart(week), due, today);
            byWeek.get(week - 1).add(new TaskProgress(task, week, week != task.week(), due, status, state.doneAt(),
                    doneOn, state.how() == DoneHow.AUTO, state.reflection()));
        }
        List<WeekProgress> weeks = new ArrayList<>();
        for (PlanWeek w : template.weeks()) {
            List<TaskProgress> tasks = byWeek.get(w.number() - 1);
            // Tasks moved into a week come after its own, each group in template order.
            tasks.sort(Comparator.comparing(TaskProgress::rescheduled));
            LocalDate start = calendar.weekStart(w.number());
            LocalDate end = calendar.weekEnd(w.number());
            weeks.add(new WeekProgress(w, start, end, weekStatus(tasks, start, end, today), tasks));
        }
        return new LearnerPlan(setup, today, weeks);
    }

    /** A task's status on a day. */
    static TaskStatus status(boolean done, LocalDate weekStart, LocalDate due, LocalDate today) {
        if (done) {
            return TaskStatus.DONE;
        }
        if (due.isBefore(today)) {
            return TaskStatus.LATE;
        }
        return weekStart.isAfter(today) ? TaskStatus.UPCOMING : TaskStatus.DUE;
    }

    static WeekProgress.Status weekStatus(List<TaskProgress> tasks, LocalDate start, LocalDate end, LocalDate today) {
        if (tasks.isEmpty()) {
            return WeekProgress.Status.EMPTY;
        }
        if (tasks.stream().allMatch(TaskProgress::done)) {
            return WeekProgress.Status.DONE;
        }
        if (end.isBefore(today)) {
            return WeekProgress.Status.LATE;
        }
        return start.isAfter(today) ? WeekProgress.Status.UPCOMING : WeekProgress.Status.CURRENT;
    }

    /**
     * When the work behind an auto-completion rule was done, if it has been: a lesson's
     * completion time; for a module, the time its last lesson was completed, once all are;
     * for a case, the first submission.
     *
     * @param rule the task's rule
     * @param lessonCompletions completion time by lesson id
     * @param caseSubmissions first submission time by case id
     * @param moduleLessons the lessons of the rule's module (ignored for other rules)
     */
    public static Optional<Instant> completedAt(AutoCompletion rule, Map<String, Instant> lessonCompletions,
            Map<String, Instant> caseSubmissions, List<String> moduleLessons) {
        return switch (rule.kind()) {
            case LESSON -> Optional.ofNullable(lessonCompletions.get(rule.targetId()));
            case CASE -> Optional.ofNullable(caseSubmissions.get(rule.targetId()));
            case MODULE -> moduleLessons.isEmpty() || !lessonCompletions.keySet().containsAll(moduleLessons)
                    ? Optional.empty()
                    : moduleLessons.stream().map(lessonCompletions::get).max(Comparator.naturalOrder());
        };
    }
}
