package io.praxis.app.plan;

import io.praxis.content.plan.PlanTemplate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One learner's plan as it stands on {@link #today()}: 13 dated weeks with their tasks.
 * Immutable; computed afresh on every request by {@link PlanCalculator}.
 *
 * @param setup start, zone and where the start comes from
 * @param today the current date in the plan's zone
 * @param weeks weeks 1-13 in order
 */
public record LearnerPlan(PlanSetup setup, LocalDate today, List<WeekProgress> weeks) {

    public LearnerPlan {
        weeks = List.copyOf(weeks);
    }

    public long userId() {
        return setup.userId();
    }

    public LocalDate start() {
        return setup.start();
    }

    public ZoneId zone() {
        return setup.zone();
    }

    public PlanCalendar calendar() {
        return new PlanCalendar(setup.start());
    }

    public LocalDate end() {
        return calendar().end();
    }

    /** 0 before the plan starts, 1-13 during it, 14 or more after it. */
    public int currentWeek() {
        return calendar().weekOf(today);
    }

    public Optional<WeekProgress> week(int number) {
        return weeks.stream().filter(w -> w.number() == number).findFirst();
    }

    /** Every task, by scheduled week then template order. */
    public List<TaskProgress> tasks() {
        return weeks.stream().flatMap(w -> w.tasks().stream()).toList();
    }

    public Optional<TaskProgress> task(String taskId) {
        return tasks().stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /** The pace on {@link #today()}. */
    public Pace pace() {
        return paceOn(today);
    }

    /**
     * The pace on any date, with tasks where they are scheduled now: due are those whose due
     * date is before {@code date}, done those completed on or before it.
     */
    public Pace paceOn(LocalDate date) {
        List<TaskProgress> all = tasks();
        int due = (int) all.stream().filter(t -> t.dueDate().isBefore(date)).count();
        int done = (int) all.stream().filter(t -> t.doneOn() != null && !t.doneOn().isAfter(date)).count();
        return new Pace(date, due, done, all.size());
    }

    /**
     * The week in which the learner joined their cohort, when that was after the plan
     * started; 0 otherwise (an own start, or joined on time).
     */
    public int joinedInWeek() {
        if (setup.joinedOn() == null || !setup.joinedOn().isAfter(start())) {
            return 0;
        }
        return calendar().weekOf(setup.joinedOn());
    }

    /** Weeks that were already over when the learner joined: their tasks started late. */
    public List<Integer> weeksOverBeforeJoining() {
        int joined = joinedInWeek();
        return joined <= 1 ? List.of()
                : IntStream.range(1, Math.min(joined, PlanTemplate.WEEKS + 1)).boxed().toList();
    }
}
