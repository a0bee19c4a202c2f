package io.praxis.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.content.plan.AutoCompletion;
import io.praxis.content.plan.PlanPhase;
import io.praxis.content.plan.PlanTask;
import io.praxis.content.plan.PlanTemplate;
import io.praxis.content.plan.PlanWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Statuses, pace, rescheduling, late joiners and auto-completion rules, on a small template
 * (two tasks a week) without Spring or a database.
 */
class PlanCalculatorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate START = LocalDate.of(2026, 9, 7);

    static final PlanTemplate TEMPLATE = new PlanTemplate("Test plan", IntStream.rangeClosed(1, 13)
            .mapToObj(w -> new PlanWeek(w, w <= 4 ? PlanPhase.FOUNDATIONS : w <= 8 ? PlanPhase.APPLICATION
                    : PlanPhase.NETWORK, "Week " + w, "Goal of week " + w,
                    List.of(task("w" + w + "-a", w), task("w" + w + "-b", w))))
            .toList());

    static PlanTask task(String id, int week) {
        return new PlanTask(id, week, "Task " + id, "Description of " + id, List.of(), List.of(), List.of(), List.of(),
                null);
    }

    /** Noon in Berlin on a date. */
    static Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(BERLIN).toInstant();
    }

    static PlanSetup cohort(LocalDate joinedOn) {
        return new PlanSetup(1, START, BERLIN, PlanSetup.Source.COHORT, "Autumn", joinedOn);
    }

    static TaskState done(String id, LocalDate on) {
        return new TaskState(id, null, noon(on), DoneHow.MANUAL, null);
    }

    @Test
    void statusesOnADayInWeekThree() {
        Map<String, TaskState> states = Map.of("w1-a", done("w1-a", START.plusDays(2)),
                "w3-a", done("w3-a", START.plusDays(15)));
        LearnerPlan plan = PlanCalculator.compute(TEMPLATE, cohort(START), noon(START.plusDays(16)), states);
        assertThat(plan.today()).isEqualTo("2026-09-23");
        assertThat(plan.currentWeek()).isEqualTo(3);
        assertThat(plan.task("w1-a").orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(plan.task("w1-b").orElseThrow().status()).isEqualTo(TaskStatus.LATE);
        assertThat(plan.task("w2-a").orElseThrow().status()).isEqualTo(TaskStatus.LATE);
        assertThat(plan.task("w3-a").orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(plan.task("w3-b").orElseThrow().status()).isEqualTo(TaskStatus.DUE);
        assertThat(plan.task("w4-a").orElseThrow().status()).isEqualTo(TaskStatus.UPCOMING);
        assertThat(plan.task("w3-b").orElseThrow().dueDate()).isEqualTo("2026-09-27");

        assertThat(plan.week(1).orElseThrow().status()).isEqualTo(WeekProgress.Status.LATE);
        assertThat(plan.week(3).orElseThrow().status()).isEqualTo(WeekProgress.Status.CURRENT);
        assertThat(plan.week(4).orElseThrow().status()).isEqualTo(WeekProgress.Status.UPCOMING);
        assertThat(plan.week(1).orElseThrow().late()).isEqualTo(1);
    }

    @Test
    void paceComparesTasksDoneWithTasksDueBeforeToday() {
        // Day 16 (week 3): weeks 1 and 2 are over, four tasks are due; two are done.
        Map<String, TaskState> states = Map.of("w1-a", done("w1-a", START), "w3-a", done("w3-a", START.plusDays(15)));
        LearnerPlan plan = PlanCalculator.compute(TEMPLATE, cohort(START), noon(START.plusDays(16)), states);
        Pace pace = plan.pace();
        assertThat(pace.due()).isEqualTo(4);
        assertThat(pace.done()).isEqualTo(2);
        assertThat(pace.total()).isEqualTo(26);
        assertThat(pace.verdict()).isEqualTo(Pace.Verdict.BEHIND);
        assertThat(pace.describe("today")).isEqualTo("Behind by 2 tasks: 2 done, 4 due by today");
        // On the last day of week 1 its tasks still have the day; the next morning they are due.
        assertThat(plan.paceOn(START.plusDays(6)).due()).isZero();
        assertThat(plan.paceOn(START.plusDays(7)).due()).isEqualTo(2);
        // Work done after a date does not count on that date.
        assertThat(plan.paceOn(START.plusDays(14)).done()).isEqualTo(1);
    }

    @Test
    void workingAheadShowsAsAhead() {
        Map<String, TaskState> states = Map.of("w1-a", done("w1-a", START), "w1-b", done("w1-b", START),
                "w2-a", done("w2-a", START.plusDays(1)));
        Pace pace = PlanCalculator.compute(TEMPLATE, cohort(START), noon(START.plusDays(8)), states).pace();
        assertThat(pace.verdict()).isEqualTo(Pace.Verdict.AHEAD);
        assertThat(pace.describe("today")).startsWith("Ahead by 1 task:");
    }

    @Test
    void aLateJoinerStartsOnTheCohortDateAndSeesEarlyWeeksAsLate() {
        // The cohort started on 7 September; this learner joined on 29 September, in week 4.
        LocalDate joined = LocalDate.of(2026, 9, 29);
        LearnerPlan plan = PlanCalculator.compute(TEMPLATE, cohort(joined), noon(joined), Map.of());
        assertThat(plan.start()).isEqualTo(START);
        assertThat(plan.currentWeek()).isEqualTo(4);
        assertThat(plan.joinedInWeek()).isEqualTo(4);
        assertThat(plan.weeksOverBeforeJoining()).containsExactly(1, 2, 3);
        assertThat(plan.weeks().subList(0, 3)).allSatisfy(w -> assertThat(w.status())
                .isEqualTo(WeekProgress.Status.LATE));
        assertThat(plan.pace().due()).isEqualTo(6);
        assertThat(plan.pace().verdict()).isEqualTo(Pace.Verdict.BEHIND);
    }

    @Test
    void joiningOnTimeOrAnOwnStartIsNotLate() {
        assertThat(PlanCalculator.compute(TEMPLATE, cohort(START.minusDays(3)), noon(START), Map.of())
                .weeksOverBeforeJoining()).isEmpty();
        // Joined during week 1: nothing was over yet.
        assertThat(PlanCalculator.compute(TEMPLATE, cohort(START.plusDays(3)), noon(START.plusDays(3)), Map.of())
                .weeksOverBeforeJoining()).isEmpty();
        PlanSetup own = new PlanSetup(1, START, BERLIN, PlanSetup.Source.OWN, null, null);
        assertThat(PlanCalculator.compute(TEMPLATE, own, noon(START), Map.of()).joinedInWeek()).isZero();
    }

    @Test
    void aRescheduledTaskMovesWithItsDueDate() {
        Map<String, TaskState> states = Map.of("w1-b", new TaskState("w1-b", 5, null, null, "later"));
        LearnerPlan plan = PlanCalculator.compute(TEMPLATE, cohort(START), noon(START.plusDays(10)), states);
        TaskProgress moved = plan.task("w1-b").orElseThrow();
        assertThat(moved.week()).isEqualTo(5);
        assertThat(moved.rescheduled()).isTrue();
        assertThat(moved.dueDate()).isEqualTo(START.plusDays(34));
        assertThat(moved.status()).isEqualTo(TaskStatus.UPCOMING);
        assertThat(moved.reflection()).isEqualTo("later");
        assertThat(plan.week(1).orElseThrow().tasks()).extracting(TaskProgress::id).containsExactly("w1-a");
        assertThat(plan.week(5).orElseThrow().tasks()).extracting(TaskProgress::id)
                .containsExactly("w5-a", "w5-b", "w1-b");
        assertThat(plan.pace().due()).as("the moved task is no longer due").isEqualTo(1);
    }

    @Test
    void aWeekWhoseTasksAllMovedIsEmptyAndOneAllDoneIsDone() {
        Map<String, TaskState> states = new HashMap<>();
        states.put("w2-a", new TaskState("w2-a", 3, null, null, null));
        states.put("w2-b", new TaskState("w2-b", 3, null, null, null));
        states.put("w1-a", done("w1-a", START));
        states.put("w1-b", done("w1-b", START.plusDays(9)));
        LearnerPlan plan = PlanCalculator.compute(TEMPLATE, cohort(START), noon(START.plusDays(10)), states);
        assertThat(plan.week(2).orElseThrow().status()).isEqualTo(WeekProgress.Status.EMPTY);
        assertThat(plan.week(1).orElseThrow().status()).isEqualTo(WeekProgress.Status.DONE);
        assertThat(plan.task("w1-b").orElseThrow().doneLate()).isTrue();
        assertThat(plan.task("w1-a").orElseThrow().doneLate()).isFalse();
    }

    @Test
    void completionDatesAreCountedInThePlansZone() {
        // 23:30 UTC on Sunday 13 September is already Monday in Berlin: done in week 2, after week 1's due date.
        Instant lateUtc = Instant.parse("2026-09-13T23:30:00Z");
        Map<String, TaskState> states = Map.of("w1-a", new TaskState("w1-a", null, lateUtc, DoneHow.MANUAL, null));
        LearnerPlan plan = PlanCalculator.compute(TEMPLATE, cohort(START), noon(START.plusDays(8)), states);
        assertThat(plan.task("w1-a").orElseThrow().doneOn()).isEqualTo("2026-09-14");
        assertThat(plan.task("w1-a").orElseThrow().doneLate()).isTrue();
    }

    @Test
    void autoRulesNeedTheirWork() {
        Instant t1 = Instant.parse("2026-09-08T10:00:00Z");
        Instant t2 = Instant.parse("2026-09-10T10:00:00Z");
        Map<String, Instant> lessons = Map.of("a", t1, "b", t2);
        Map<String, Instant> cases = Map.of("spam", t1);
        assertThat(PlanCalculator.completedAt(new AutoCompletion(AutoCompletion.Kind.LESSON, "b"), lessons, cases,
                List.of())).contains(t2);
        assertThat(PlanCalculator.completedAt(new AutoCompletion(AutoCompletion.Kind.LESSON, "c"), lessons, cases,
                List.of())).isEmpty();
        assertThat(PlanCalculator.completedAt(new AutoCompletion(AutoCompletion.Kind.CASE, "spam"), lessons, cases,
                List.of())).contains(t1);
        assertThat(PlanCalculator.completedAt(new AutoCompletion(AutoCompletion.Kind.MODULE, "m"), lessons, cases,
                List.of("a", "b"))).as("the module is done when its last lesson is").contains(t2);
        assertThat(PlanCalculator.completedAt(new AutoCompletion(AutoCompletion.Kind.MODULE, "m"), lessons, cases,
                List.of("a", "b", "c"))).as("one lesson missing").isEmpty();
        assertThat(PlanCalculator.completedAt(new AutoCompletion(AutoCompletion.Kind.MODULE, "m"), lessons, cases,
                List.of())).as("an empty module never completes").isEmpty();
    }

    @Test
    void beforeTheStartEverythingIsUpcomingAndAfterTheEndTheWeekIsPastThirteen() {
        LearnerPlan before = PlanCalculator.compute(TEMPLATE, cohort(null), noon(START.minusDays(2)), Map.of());
        assertThat(before.currentWeek()).isZero();
        assertThat(before.tasks()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.UPCOMING));
        assertThat(before.pace().verdict()).isEqualTo(Pace.Verdict.ON_TRACK);
        LearnerPlan after = PlanCalculator.compute(TEMPLATE, cohort(null), noon(START.plusDays(100)), Map.of());
        assertThat(after.currentWeek()).isEqualTo(15);
        assertThat(after.pace().due()).isEqualTo(26);
        List<TaskStatus> statuses = new ArrayList<>(after.tasks().stream().map(TaskProgress::status).toList());
        assertThat(statuses).containsOnly(TaskStatus.LATE);
    }
}
