package io.praxis.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.dashboard.PlanPace;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.study.StudyService;
import io.praxis.content.plan.PlanTask;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The plan feature's pace for the cohort dashboard on the real database: the same numbers as
 * the learner's own plan (auto-completions included, without writing), late joiners, the newest
 * cohort, learners without a plan, and a fixed number of queries whatever the number of learners.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class DashboardPlanPaceTest {

    @Autowired
    PlanPace planPace;
    @Autowired
    PlanService plans;
    @Autowired
    PlanTaskStateRepository states;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    StudyService study;
    @Autowired
    PracticeService practice;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    final LocalDate today = LocalDate.now(ZoneId.systemDefault());

    long newLearner() {
        return accounts.create("pace-" + UUID.randomUUID() + "@example.org", "Pat Pace", "long enough password",
                Role.LEARNER).getId();
    }

    Cohort newCohort(LocalDate start) {
        return cohorts.create("Pace test " + UUID.randomUUID(), start, start.plusDays(90));
    }

    long learnerIn(Cohort cohort) {
        long id = newLearner();
        cohorts.enrol(cohort.getId(), id);
        return id;
    }

    int tasksUpToWeek(int week) {
        return (int) plans.template().tasks().stream().filter(t -> t.week() <= week).count();
    }

    List<String> tasksOfWeek(int week) {
        return plans.template().tasks().stream().filter(t -> t.week() == week).map(PlanTask::id).toList();
    }

    void complete(long learner, String lessonId) {
        study.opened(learner, lessonId);
        study.complete(learner, lessonId);
    }

    @Test
    void theAdapterIsThePlanFeaturesBean() {
        assertThat(planPace).isInstanceOf(DashboardPlanPace.class);
    }

    @Test
    void everyLearnersPaceIsTheOneTheirOwnPlanShows() {
        Cohort cohort = newCohort(today.minusWeeks(3));
        long ticked = learnerIn(cohort);
        tasksOfWeek(1).forEach(t -> plans.check(ticked, t, null));
        long idle = learnerIn(cohort);
        long movedAndAuto = learnerIn(cohort);
        plans.reschedule(movedAndAuto, tasksOfWeek(2).getLast(), 6);
        complete(movedAndAuto, "what-an-ai-pm-does");
        AttemptView a = practice.startNew(movedAndAuto, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        practice.submit(movedAndAuto, a.id(), PlanServiceTest.ANSWER);
        long ownStart = newLearner();
        plans.setZone(ownStart, "Pacific/Auckland");
        plans.chooseStart(ownStart, today.minusDays(10));
        long twoCohorts = learnerIn(newCohort(today.minusWeeks(6)));
        cohorts.enrol(newCohort(today.minusDays(3)).getId(), twoCohorts);
        long noPlan = newLearner();
        List<Long> withPlan = List.of(ticked, idle, movedAndAuto, ownStart, twoCohorts);
        List<Long> all = new ArrayList<>(withPlan);
        all.add(noPlan);

        Map<Long, PlanPace.Pace> paces = planPace.paces(all, today);

        assertThat(paces).as("learners without a plan are absent").containsOnlyKeys(withPlan);
        for (long id : withPlan) {
            assertThat(paces.get(id)).as("learner " + id)
                    .isEqualTo(DashboardPlanPace.of(plans.pace(id, today).orElseThrow()))
                    .isEqualTo(planPace.pace(id, today).orElseThrow());
        }
        // Day 21: weeks 1 to 3 are over.
        assertThat(paces.get(ticked)).isEqualTo(new PlanPace.Pace(tasksUpToWeek(3), tasksOfWeek(1).size(),
                plans.template().tasks().size()));
        assertThat(paces.get(idle).tasksDone()).isZero();
        assertThat(paces.get(movedAndAuto).tasksDue()).as("a task moved to week 6 is not due")
                .isEqualTo(tasksUpToWeek(3) - 1);
        assertThat(paces.get(movedAndAuto).tasksDone()).as("a lesson task and the spam case task")
                .isEqualTo(2);
        assertThat(paces.get(twoCohorts).tasksDue()).as("the newest cohort's start dates the plan")
                .isZero();
        assertThat(planPace.pace(noPlan, today)).isEmpty();
        assertThat(planPace.paces(List.of(), today)).isEmpty();
        assertThat(planPace.paces(withPlan, today.minusYears(1)).values()).as("nothing due before the start")
                .allSatisfy(p -> assertThat(p.tasksDue()).isZero());
    }

    @Test
    void aLateJoinerIsBehindByTheWeeksThatWereOverBeforeJoining() {
        Cohort cohort = newCohort(today.minusWeeks(5));
        long onTime = learnerIn(cohort);
        long late = learnerIn(cohort); // joins today, in week 6
        IntStream.rangeClosed(1, 5).forEach(w -> tasksOfWeek(w).forEach(t -> plans.check(onTime, t, null)));

        Map<Long, PlanPace.Pace> paces = planPace.paces(List.of(onTime, late), today);

        int total = plans.template().tasks().size();
        assertThat(paces.get(late)).isEqualTo(new PlanPace.Pace(tasksUpToWeek(5), 0, total));
        assertThat(paces.get(late).shortfall()).isEqualTo(tasksUpToWeek(5)).isPositive();
        assertThat(paces.get(onTime)).isEqualTo(new PlanPace.Pace(tasksUpToWeek(5), tasksUpToWeek(5), total));
    }

    @Test
    void workWhoseTickWasMissedCountsWithoutBeingStored() {
        long learner = learnerIn(newCohort(today.minusWeeks(2)));
        complete(learner, "ninety-day-overview");
        // As if the event had failed: the linked work is done, the task not ticked.
        states.deleteAll(states.findByKeyUserId(learner));

        assertThat(planPace.pace(learner, today)).get().extracting(PlanPace.Pace::tasksDone).isEqualTo(1);
        assertThat(states.findByKeyUserId(learner)).as("the dashboard never writes").isEmpty();
        assertThat(plans.pace(learner, today)).get().extracting(Pace::done).as("the learner's own plan agrees")
                .isEqualTo(1);
    }

    @Test
    void manyLearnersCostTheSameFewQueriesAsTwo() {
        Cohort cohort = newCohort(today.minusWeeks(3));
        List<Long> two = List.of(learnerIn(cohort), learnerIn(cohort));
        List<Long> twelve = IntStream.range(0, 12).mapToObj(i -> learnerIn(cohort)).toList();
        for (long id : twelve) {
            plans.check(id, tasksOfWeek(1).getFirst(), null);
            complete(id, "ninety-day-overview");
        }
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            planPace.paces(two, today); // warm-up
            stats.clear();
            planPace.paces(two, today);
            long forTwo = stats.getPrepareStatementCount();
            stats.clear();
            planPace.paces(twelve, today);
            long forTwelve = stats.getPrepareStatementCount();
            assertThat(forTwelve).isEqualTo(forTwo);
            assertThat(forTwo).as("cohorts, plan settings, task states, lessons, case submissions").isEqualTo(5);
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    @Test
    void moreLearnersThanOneQueryTakesAreAllAnswered() {
        Cohort cohort = newCohort(today.minusWeeks(3));
        long first = learnerIn(cohort);
        long last = learnerIn(cohort);
        List<Long> ids = new ArrayList<>(LongStream.range(0, 2 * PlanService.BULK).map(i -> -1 - i).boxed().toList());
        ids.addFirst(first);
        ids.add(last); // in the third batch
        assertThat(planPace.paces(ids, today)).containsOnlyKeys(first, last);
    }
}
