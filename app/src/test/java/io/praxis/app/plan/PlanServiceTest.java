package io.praxis.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.study.StudyService;
import io.praxis.content.lesson.Lesson;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The plan service against the real database and events: starts from a cohort or an own
 * date, late joiners, auto-completion from lesson and case events and on view, check-off with
 * reflections, rescheduling, and the pace the admin dashboard reads. Each test uses fresh
 * accounts, so the shared demo data is never changed.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class PlanServiceTest {

    static final String ANSWER = """
            Spam hurts recipients who lose money to scams, and a wrongly hidden message costs trust too, so the two \
            errors have different costs. I would score senders with a classifier on behaviour signals such as \
            account age and sending rate, use reports as noisy labels with a reviewed gold set, set the threshold \
            for high precision and watch how often people rescue messages from the spam folder.""";

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

    long learner;

    @BeforeEach
    void freshLearner() {
        learner = newAccount(Role.LEARNER);
    }

    long newAccount(Role role) {
        return accounts.create(role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org", "Pat " + role,
                "long enough password", role).getId();
    }

    Cohort newCohort(LocalDate start) {
        return cohorts.create("Plan test " + UUID.randomUUID(), start, start.plusDays(90));
    }

    LocalDate today() {
        return plans.today(learner);
    }

    void ownStart(LocalDate start) {
        plans.chooseStart(learner, start);
    }

    TaskProgress task(String id) {
        return plans.plan(learner).orElseThrow().task(id).orElseThrow();
    }

    @Test
    void outsideACohortThereIsNoPlanUntilTheLearnerChoosesAStart() {
        assertThat(plans.plan(learner)).isEmpty();
        assertThat(plans.followsCohort(learner)).isFalse();
        ownStart(today().minusDays(10));
        LearnerPlan plan = plans.plan(learner).orElseThrow();
        assertThat(plan.setup().source()).isEqualTo(PlanSetup.Source.OWN);
        assertThat(plan.start()).isEqualTo(today().minusDays(10));
        assertThat(plan.currentWeek()).isEqualTo(2);
        assertThat(plan.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(plan.weeks()).hasSize(13);
    }

    @Test
    void badStartsAndZonesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> plans.chooseStart(learner, null)).hasMessageStartingWith("Start date:");
        assertThatThrownBy(() -> plans.chooseStart(learner, today().plusDays(400)))
                .hasMessageStartingWith("Start date:").hasMessageContaining("within a year");
        assertThatThrownBy(() -> plans.setZone(learner, "Mars/Olympus_Mons"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Time zone:");
        assertThat(plans.plan(learner)).as("nothing was stored").isEmpty();
        plans.setZone(learner, "Europe/Berlin");
        ownStart(today());
        assertThat(plans.plan(learner).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aLateJoinerStartsOnTheCohortDateWithEarlyWeeksLate() {
        LocalDate start = LocalDate.now(ZoneId.systemDefault()).minusWeeks(5);
        Cohort cohort = newCohort(start);
        cohorts.enrol(cohort.getId(), learner);
        LearnerPlan plan = plans.plan(learner).orElseThrow();
        assertThat(plan.setup().source()).isEqualTo(PlanSetup.Source.COHORT);
        assertThat(plan.setup().cohortName()).isEqualTo(cohort.getName());
        assertThat(plan.start()).isEqualTo(start);
        assertThat(plan.currentWeek()).isEqualTo(6);
        assertThat(plan.joinedInWeek()).isEqualTo(6);
        assertThat(plan.weeksOverBeforeJoining()).containsExactly(1, 2, 3, 4, 5);
        assertThat(plan.week(1).orElseThrow().tasks()).allSatisfy(t -> assertThat(t.status())
                .isEqualTo(TaskStatus.LATE));
        assertThat(plan.pace().verdict()).isEqualTo(Pace.Verdict.BEHIND);
        assertThatThrownBy(() -> plans.chooseStart(learner, LocalDate.now()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cohort");
    }

    @Test
    void completingALinkedLessonTicksItsTaskThroughTheEvent() {
        ownStart(today().minusWeeks(3));
        study.complete(learner, "confusion-matrix-metrics");
        // Read the stored row directly: plan() would also tick it, and this test is about the event.
        PlanTaskState state = states.findById(new PlanTaskState.Key(learner, "w04-confusion-matrix")).orElseThrow();
        assertThat(state.done()).isTrue();
        assertThat(state.doneHow()).isEqualTo(DoneHow.AUTO);
        assertThat(task("w04-confusion-matrix").status()).isEqualTo(TaskStatus.DONE);
        assertThat(task("w04-confusion-matrix").auto()).isTrue();
    }

    @Test
    void submittingACaseAnswerTicksItsTaskThroughTheEvent() {
        ownStart(today());
        AttemptView a = practice.startNew(learner, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        assertThat(states.findById(new PlanTaskState.Key(learner, "w04-spam-case"))).as("a draft is not enough")
                .isEmpty();
        practice.submit(learner, a.id(), ANSWER);
        assertThat(states.findById(new PlanTaskState.Key(learner, "w04-spam-case")).orElseThrow().done()).isTrue();
    }

    @Test
    void workDoneBeforeThePlanExistedCountsWhenThePlanIsViewed() {
        study.complete(learner, "ninety-day-overview");
        // As if the event had been missed: only the recompute on view can tick it now.
        states.deleteAll(states.findByKeyUserId(learner));
        ownStart(today());
        TaskProgress t = task("w01-read-the-plan");
        assertThat(t.done()).isTrue();
        assertThat(t.auto()).isTrue();
        assertThat(t.doneAt()).isEqualTo(study.completionTimes(learner).get("ninety-day-overview"));
    }

    @Test
    void aModuleTaskTicksOnlyOnceEveryLessonOfTheModuleIsDone() {
        ownStart(today());
        List<Lesson> lessons = study.curriculum().lessonsOf("ml-fundamentals");
        lessons.subList(0, lessons.size() - 1).forEach(l -> study.complete(learner, l.id()));
        assertThat(task("w02-ml-fundamentals").done()).isFalse();
        study.complete(learner, lessons.getLast().id());
        assertThat(task("w02-ml-fundamentals").done()).isTrue();
    }

    @Test
    void checkOffWithAReflectionAndUntick() {
        ownStart(today());
        plans.check(learner, "w01-start-journal", "  First entry written on the train.  ");
        TaskProgress t = task("w01-start-journal");
        assertThat(t.done()).isTrue();
        assertThat(t.auto()).isFalse();
        assertThat(t.reflection()).isEqualTo("First entry written on the train.");

        String tooLong = "x".repeat(PlanService.MAX_REFLECTION + 1);
        assertThatThrownBy(() -> plans.check(learner, "w01-start-journal", tooLong))
                .hasMessageStartingWith("Reflection:").hasMessageContaining("2,000");
        assertThatThrownBy(() -> plans.saveReflection(learner, "w01-start-journal", tooLong))
                .hasMessageStartingWith("Reflection:");
        assertThat(task("w01-start-journal").reflection()).as("unchanged").isEqualTo(
                "First entry written on the train.");

        plans.uncheck(learner, "w01-start-journal");
        assertThat(task("w01-start-journal").done()).isFalse();
        assertThat(task("w01-start-journal").reflection()).as("the reflection is kept").isNotNull();

        plans.saveReflection(learner, "w01-start-journal", "Not done yet, but noted.");
        assertThat(task("w01-start-journal").reflection()).isEqualTo("Not done yet, but noted.");
    }

    @Test
    void anAutoTickedTaskCannotBeUntickedWhileItsWorkIsDone() {
        ownStart(today());
        study.complete(learner, "what-an-ai-pm-does");
        assertThatThrownBy(() -> plans.uncheck(learner, "w01-what-an-ai-pm-does"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(task("w01-what-an-ai-pm-does").done()).isTrue();
    }

    @Test
    void rescheduleMovesATaskAndRefusesWeeksOutsideThePlan() {
        ownStart(today().minusWeeks(2));
        assertThat(task("w01-vocabulary").status()).isEqualTo(TaskStatus.LATE);
        plans.reschedule(learner, "w01-vocabulary", 4);
        TaskProgress moved = task("w01-vocabulary");
        assertThat(moved.week()).isEqualTo(4);
        assertThat(moved.rescheduled()).isTrue();
        assertThat(moved.status()).isEqualTo(TaskStatus.UPCOMING);
        assertThatThrownBy(() -> plans.reschedule(learner, "w01-vocabulary", 14)).hasMessageStartingWith("Week:");
        assertThatThrownBy(() -> plans.reschedule(learner, "w01-vocabulary", 0)).hasMessageStartingWith("Week:");
        plans.reschedule(learner, "w01-vocabulary", 1);
        assertThat(task("w01-vocabulary").rescheduled()).isFalse();
    }

    @Test
    void unknownTasksAreRefused() {
        ownStart(today());
        assertThatThrownBy(() -> plans.check(learner, "no-such-task", null)).hasMessageStartingWith("Task:");
        assertThatThrownBy(() -> plans.reschedule(learner, "no-such-task", 2)).hasMessageStartingWith("Task:");
    }

    @Test
    void cohortPaceGivesEveryLearnerTheirPaceAndLeavesMentorsOut() {
        LocalDate start = LocalDate.now(ZoneId.systemDefault()).minusWeeks(2);
        Cohort cohort = newCohort(start);
        long other = newAccount(Role.LEARNER);
        long mentor = newAccount(Role.MENTOR);
        for (long id : List.of(learner, other, mentor)) {
            cohorts.enrol(cohort.getId(), id);
        }
        plans.template().week(1).orElseThrow().tasks().stream().filter(t -> t.auto() == null)
                .forEach(t -> plans.check(learner, t.id(), null));

        List<LearnerPace> paces = plans.cohortPace(cohort.getId(), LocalDate.now(ZoneId.systemDefault()));
        assertThat(paces).extracting(LearnerPace::userId).containsExactlyInAnyOrder(learner, other);
        LearnerPace mine = paces.stream().filter(p -> p.userId() == learner).findFirst().orElseThrow();
        LearnerPace theirs = paces.stream().filter(p -> p.userId() == other).findFirst().orElseThrow();
        assertThat(mine.start()).isEqualTo(start);
        assertThat(mine.pace().done()).isGreaterThan(theirs.pace().done());
        assertThat(mine.pace().due()).isEqualTo(theirs.pace().due()).isPositive();
        assertThat(theirs.pace().verdict()).isEqualTo(Pace.Verdict.BEHIND);
        assertThat(plans.pace(learner, start.minusDays(1))).get().extracting(Pace::due).isEqualTo(0);
        assertThat(plans.pace(newAccount(Role.LEARNER), LocalDate.now())).as("no plan, no pace").isEmpty();
    }
}
