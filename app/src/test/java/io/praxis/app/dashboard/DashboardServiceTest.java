package io.praxis.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.TestProfiles;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.dashboard.AtRiskRules.Kind;
import io.praxis.app.dashboard.AtRiskRules.PaceRule;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import io.praxis.app.dashboard.CohortDashboard.AtRiskLearner;
import io.praxis.app.dashboard.CohortDashboard.LearnerRow;
import io.praxis.app.dashboard.CohortDashboard.WeekCount;
import io.praxis.app.demo.DemoData;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.study.StudyService;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard service on the real database, with a clock the test moves: heatmap and weekly
 * numbers, skill areas, backlog, the at-risk rules end to end, access checks and the CSV exports.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(DashboardTestConfig.class)
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    DashboardAccess access;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    StudyService study;
    @Autowired
    PracticeService practice;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    DashboardFixture fixture;
    Account admin;

    /** Today for these tests: the clock's start. The cohort started 14 days ago and lasts 98 days. */
    final LocalDate today = LocalDate.ofInstant(MutableClock.START, ZoneOffset.UTC);
    final LocalDate start = today.minusDays(14);
    final LocalDate end = start.plusDays(98);

    @BeforeEach
    void setUp() {
        clock.set(MutableClock.START);
        fixture = new DashboardFixture(accounts, cohorts, study, practice);
        admin = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow();
    }

    Instant day(int daysAfterStart) {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(daysAfterStart)).plusSeconds(3600);
    }

    @Test
    void heatmapCountsCompletedLessonsPerLearnerAndModule() {
        Cohort cohort = fixture.cohort(start, end);
        Account ada = fixture.learnerIn(cohort, "Ada Ahead");
        Account ben = fixture.learnerIn(cohort, "Ben Beginner");
        fixture.mentorOf(cohort);
        var first = fixture.lessonsOf(0);
        var second = fixture.lessonsOf(1);
        fixture.complete(ada, first.get(0));
        fixture.complete(ada, first.get(1));
        fixture.complete(ada, first.get(2));
        fixture.complete(ada, second.get(0));
        study.opened(ben.getId(), first.get(0).id()); // opened, not completed: no count

        CohortDashboard d = dashboards.dashboard(admin.getId(), cohort.getId());

        assertThat(d.modules()).hasSize(study.curriculum().modules().size());
        assertThat(d.modules().get(0).lessons()).isEqualTo(first.size());
        assertThat(d.totalLessons()).isEqualTo(study.curriculum().lessons().size());
        assertThat(d.learners()).extracting(LearnerRow::name).as("learners only, by name")
                .containsExactly("Ada Ahead", "Ben Beginner");
        LearnerRow a = d.learners().get(0);
        assertThat(a.completedByModule().subList(0, 3)).containsExactly(3, 1, 0);
        assertThat(a.completed()).isEqualTo(4);
        LearnerRow b = d.learners().get(1);
        assertThat(b.completedByModule()).allMatch(n -> n == 0);
        assertThat(b.lastActivity()).as("opening a lesson is activity").isEqualTo(MutableClock.START);
        assertThat(d.lessonsCompleted()).isEqualTo(4);
    }

    @Test
    void lessonsPerWeekAreCountedInCohortWeeks() {
        Cohort cohort = fixture.cohort(start, end);
        Account ada = fixture.learnerIn(cohort, "Ada");
        Account ben = fixture.learnerIn(cohort, "Ben");
        var lessons = study.curriculum().lessons();
        clock.set(day(-2));
        fixture.complete(ada, lessons.get(0)); // before the start
        clock.set(day(0));
        fixture.complete(ada, lessons.get(1)); // week 1
        clock.set(day(6));
        fixture.complete(ben, lessons.get(1)); // week 1, last day
        clock.set(day(7));
        fixture.complete(ada, lessons.get(2)); // week 2
        fixture.complete(ada, lessons.get(3));
        clock.set(MutableClock.START); // day 14: week 3 runs

        CohortDashboard d = dashboards.dashboard(admin.getId(), cohort.getId());

        assertThat(d.weeks()).extracting(WeekCount::week, WeekCount::lessons, WeekCount::learners).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 2, 2),
                org.assertj.core.groups.Tuple.tuple(2, 2, 1),
                org.assertj.core.groups.Tuple.tuple(3, 0, 0));
        assertThat(d.weeks().get(1).starts()).isEqualTo(start.plusDays(7));
        assertThat(d.completedBeforeStart()).isEqualTo(1);
    }

    @Test
    void atRiskNamesEachRuleWithItsReason() {
        Cohort cohort = fixture.cohort(start, end);
        Account steady = fixture.learnerIn(cohort, "Steady");
        Account idle = fixture.learnerIn(cohort, "Idle");
        Account never = fixture.learnerIn(cohort, "Never");
        Account struggling = fixture.learnerIn(cohort, "Struggling");
        var lessons = study.curriculum().lessons();
        // Day 14 of 98 with 50 lessons: 7.1 expected at an even pace, so 7 or more (within one) is on pace.
        clock.set(day(3));
        for (int i = 0; i < 7; i++) {
            fixture.complete(idle, lessons.get(i));
        }
        clock.set(day(12));
        for (int i = 0; i < 7; i++) {
            fixture.complete(steady, lessons.get(i));
            fixture.complete(struggling, lessons.get(i));
        }
        for (int i = 0; i < 3; i++) {
            fixture.submit(struggling, "spam-detection", DashboardFixture.POOR_ANSWER);
        }
        clock.set(MutableClock.START);

        CohortDashboard d = dashboards.dashboard(admin.getId(), cohort.getId());

        assertThat(d.paceRule()).isEqualTo(PaceRule.LINEAR);
        Map<String, List<Reason>> byName = d.atRisk().stream()
                .collect(java.util.stream.Collectors.toMap(AtRiskLearner::name, AtRiskLearner::reasons));
        assertThat(byName).doesNotContainKey("Steady");
        assertThat(byName.get("Idle")).extracting(Reason::kind).containsExactly(Kind.NO_ACTIVITY);
        assertThat(byName.get("Idle").getFirst().text()).startsWith("No activity for 11 days");
        assertThat(byName.get("Never")).extracting(Reason::kind).containsExactly(Kind.NO_ACTIVITY, Kind.BEHIND_PACE);
        assertThat(byName.get("Never").get(1).text()).contains("0 of 50 lessons completed, 7.1 expected");
        assertThat(byName.get("Struggling")).extracting(Reason::kind).contains(Kind.LOW_SCORES)
                .doesNotContain(Kind.NO_ACTIVITY, Kind.BEHIND_PACE);
        assertThat(d.atRisk()).extracting(AtRiskLearner::name).as("in learner order")
                .containsExactly("Idle", "Never", "Struggling");

        // A week later with no further activity, the steady learner is inactive and behind too.
        clock.advance(Duration.ofDays(5));
        CohortDashboard later = dashboards.dashboard(admin.getId(), cohort.getId());
        List<Reason> steadyLater = later.atRisk().stream().filter(r -> r.name().equals("Steady")).findFirst()
                .orElseThrow().reasons();
        assertThat(steadyLater).extracting(Reason::kind).containsExactly(Kind.NO_ACTIVITY, Kind.BEHIND_PACE);
    }

    @Test
    void deactivatedLearnersAreShownButNeverFlagged() {
        Cohort cohort = fixture.cohort(start, end);
        Account gone = fixture.learnerIn(cohort, "Gone");
        // Deactivation belongs to the cohort-admin feature; set the stored flag as it will.
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", gone.getId());
        CohortDashboard d = dashboards.dashboard(admin.getId(), cohort.getId());
        assertThat(d.learners()).singleElement().extracting(LearnerRow::active).isEqualTo(false);
        assertThat(d.atRisk()).isEmpty();
    }

    @Test
    void skillAreasItemsAndBacklogComeFromTheCohortsSubmissionsOnly() {
        Cohort cohort = fixture.cohort(start, end);
        Account ada = fixture.learnerIn(cohort, "Ada");
        Account outsider = fixture.learnerIn(fixture.cohort(start, end), "Outsider");
        AttemptView weak = fixture.submit(ada, "spam-detection", DashboardFixture.POOR_ANSWER);
        AttemptView second = fixture.submit(ada, "spam-detection", DashboardFixture.POOR_ANSWER);
        fixture.submit(outsider, "ride-eta", DashboardFixture.POOR_ANSWER);
        practice.moveTo(second.id(), AttemptStatus.IN_REVIEW);

        CohortDashboard d = dashboards.dashboard(admin.getId(), cohort.getId());

        assertThat(d.items()).singleElement().satisfies(i -> {
            assertThat(i.itemId()).isEqualTo("spam-detection");
            assertThat(i.attempts()).isEqualTo(2);
            assertThat(i.learners()).isEqualTo(1);
        });
        assertThat(d.areas()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.learners()).isEqualTo(1);
            assertThat(a.averageLevel()).isBetween(0.0, 3.0);
        });
        assertThat(d.areas()).extracting(CohortDashboard.AreaAverage::averageLevel).isSorted();
        int criteria = weak.report().criteria().size() * 2;
        assertThat(d.areas().stream().mapToInt(CohortDashboard.AreaAverage::criteria).sum()).isEqualTo(criteria);
        assertThat(d.backlog().inReview()).isEqualTo(1);
        assertThat(d.backlog().waiting()).isEqualTo(weak.needsReview() ? 1 : 0);
        assertThat(d.turnaround().available()).as("no review feature yet").isFalse();
        assertThat(d.submittedAttempts()).isEqualTo(2);
    }

    @Test
    void backlogAgesAreBucketedByTimeWaited() {
        Instant now = Instant.parse("2026-10-10T12:00:00Z");
        var attempts = List.of(
                waiting(now.minus(Duration.ofHours(2)), AttemptStatus.SUBMITTED, true),
                waiting(now.minus(Duration.ofDays(2)), AttemptStatus.IN_REVIEW, false),
                waiting(now.minus(Duration.ofDays(9)), AttemptStatus.SUBMITTED, true),
                waiting(now.minus(Duration.ofDays(9)), AttemptStatus.SUBMITTED, false), // not routed
                waiting(now.minus(Duration.ofDays(9)), AttemptStatus.REVIEWED, true)); // done
        CohortDashboard.Backlog b = DashboardService.backlog(attempts, now);
        assertThat(b.waiting()).isEqualTo(2);
        assertThat(b.inReview()).isEqualTo(1);
        assertThat(b.oldestSubmittedAt()).isEqualTo(now.minus(Duration.ofDays(9)));
        assertThat(b.ages()).extracting(CohortDashboard.AgeBucket::count).containsExactly(1, 1, 0, 1);
    }

    static AttemptView waiting(Instant submitted, AttemptStatus status, boolean needsReview) {
        return new AttemptView(1, 1, io.praxis.app.practice.ItemType.CASE, "x", "X", null, status, "", 0, null, "",
                null, 50, 0.5, needsReview, null, submitted, null, submitted);
    }

    @Test
    void planPaceTurnaroundAndReviewsAreUsedWhenTheirFeaturesExist() {
        Cohort cohort = fixture.cohort(start, end);
        Account behind = fixture.learnerIn(cohort, "Behind on plan");
        Account noPlan = fixture.learnerIn(cohort, "No plan");
        study.opened(behind.getId(), study.curriculum().lessons().get(0).id());
        study.opened(noPlan.getId(), study.curriculum().lessons().get(0).id());
        PlanPace plan = (learnerId, day) -> learnerId == behind.getId()
                ? Optional.of(new PlanPace.Pace(10, 4, 60)) : Optional.empty();
        ReviewTurnaround turnaround = new ReviewTurnaround() {
            @Override
            public Optional<Duration> medianTurnaround(Collection<Long> learnerIds) {
                assertThat(learnerIds).containsExactlyInAnyOrder(behind.getId(), noPlan.getId());
                return Optional.of(Duration.ofHours(30));
            }
        };
        ReviewHistory history = learnerId -> List.of(new ReviewHistory.ReviewEntry(7, "Spam", 1, "Marco", Instant.now(),
                40, 55, "<b>good</b>"));
        DashboardService withFeatures = new DashboardService(access, cohorts, accounts, study, practice,
                provider(PlanPace.class, plan), provider(ReviewTurnaround.class, turnaround),
                provider(ReviewHistory.class, history), clock);

        CohortDashboard d = withFeatures.dashboard(admin.getId(), cohort.getId());
        assertThat(d.paceRule()).isEqualTo(PaceRule.PLAN);
        assertThat(d.turnaround().median()).isEqualTo(Duration.ofHours(30));
        Map<String, List<Reason>> byName = d.atRisk().stream()
                .collect(java.util.stream.Collectors.toMap(AtRiskLearner::name, AtRiskLearner::reasons));
        assertThat(byName.get("Behind on plan")).extracting(Reason::text)
                .containsExactly("Behind the 90-day plan: 4 tasks done, 10 due by today");
        assertThat(byName.get("No plan")).extracting(Reason::text).as("falls back to the linear pace")
                .singleElement().asString().startsWith("Behind the cohort's pace");

        LearnerDetail detail = withFeatures.learner(admin.getId(), behind.getId());
        assertThat(detail.plan().pace()).isEqualTo(new PlanPace.Pace(10, 4, 60));
        assertThat(detail.reviews().available()).isTrue();
        assertThat(detail.reviews().entries()).hasSize(1);

        LearnerDetail without = dashboards.learner(admin.getId(), behind.getId());
        assertThat(without.plan().available()).isFalse();
        assertThat(without.reviews().available()).isFalse();
        assertThat(without.paceRule()).isEqualTo(PaceRule.LINEAR);
    }

    static <T> ObjectProvider<T> provider(Class<T> type, T bean) {
        return new StaticListableBeanFactory(Map.of("bean", bean)).getBeanProvider(type);
    }

    @Test
    void learnerDetailShowsProgressAttemptsAndRisks() {
        Cohort cohort = fixture.cohort(start, end);
        Account ada = fixture.learnerIn(cohort, "Ada");
        Account mentor = fixture.mentorOf(cohort);
        fixture.complete(ada, fixture.lessonsOf(0).get(0));
        AttemptView first = fixture.submit(ada, "spam-detection", DashboardFixture.POOR_ANSWER);
        clock.advance(Duration.ofMinutes(5));
        AttemptView second = fixture.submit(ada, "ride-eta", DashboardFixture.POOR_ANSWER);
        practice.startNew(ada.getId(), io.praxis.app.practice.ItemType.CASE, "docs-assistant",
                io.praxis.app.practice.AttemptMode.PRACTICE); // a draft: private

        LearnerDetail d = dashboards.learner(mentor.getId(), ada.getId());

        assertThat(d.cohort().id()).isEqualTo(cohort.getId());
        assertThat(d.modules().getFirst().completed()).isEqualTo(1);
        assertThat(d.completed()).isEqualTo(1);
        assertThat(d.attempts()).extracting(LearnerDetail.AttemptRow::id).as("newest first, no drafts")
                .containsExactly(second.id(), first.id());
        assertThat(d.atRisk()).extracting(Reason::kind).contains(Kind.BEHIND_PACE);
    }

    // ---- access -------------------------------------------------------------------------------------

    @Test
    void aMentorSeesOnlyTheirOwnCohortsAndTheirLearners() {
        Cohort mine = fixture.cohort(start, end);
        Cohort other = fixture.cohort(start, end);
        Account mentor = fixture.mentorOf(mine);
        Account myLearner = fixture.learnerIn(mine, "Mine");
        Account otherLearner = fixture.learnerIn(other, "Theirs");

        assertThat(dashboards.dashboard(mentor.getId(), mine.getId()).learners()).extracting(LearnerRow::id)
                .containsExactly(myLearner.getId());
        assertThat(dashboards.cohortsFor(mentor.getId())).extracting(CohortService.CohortSummary::id)
                .containsExactly(mine.getId());
        assertThat(dashboards.learner(mentor.getId(), myLearner.getId()).name()).isEqualTo("Mine");

        assertThatThrownBy(() -> dashboards.dashboard(mentor.getId(), other.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.progressCsv(mentor.getId(), other.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.scoresCsv(mentor.getId(), other.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learner(mentor.getId(), otherLearner.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.dashboard(mentor.getId(), 987_654L)).as("unknown looks the same")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learner(mentor.getId(), mentor.getId())).as("not a learner")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void learnersSeeNoDashboardAndNoOtherLearner() {
        Cohort cohort = fixture.cohort(start, end);
        Account me = fixture.learnerIn(cohort, "Me");
        Account classmate = fixture.learnerIn(cohort, "Classmate");
        assertThatThrownBy(() -> dashboards.dashboard(me.getId(), cohort.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learner(me.getId(), classmate.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learner(me.getId(), me.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.progressCsv(me.getId(), cohort.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.cohortsFor(me.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminSeesEveryCohortAndLearner() {
        Cohort cohort = fixture.cohort(start, end);
        Account learner = fixture.learnerIn(cohort, "Anyone");
        assertThat(dashboards.cohortsFor(admin.getId())).extracting(CohortService.CohortSummary::id)
                .contains(cohort.getId(), cohorts.findByName(DemoData.COHORT).orElseThrow().getId());
        assertThat(dashboards.learner(admin.getId(), learner.getId()).cohort().id()).isEqualTo(cohort.getId());
    }

    // ---- exports ------------------------------------------------------------------------------------

    @Test
    void exportsEscapeFormulasInNamesAndListEveryAttempt() {
        Cohort cohort = fixture.cohort(start, end);
        Account evil = fixture.learnerIn(cohort, "=HYPERLINK(\"http://evil.example\",\"click\")");
        Account plain = fixture.learnerIn(cohort, "Plain, Person");
        fixture.complete(plain, fixture.lessonsOf(0).get(0));
        fixture.submit(evil, "spam-detection", DashboardFixture.POOR_ANSWER);

        String progress = dashboards.progressCsv(admin.getId(), cohort.getId());
        assertThat(progress).startsWith(DashboardCsv.BOM + "learner,email,account,");
        List<String> lines = progress.substring(1).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",");
        assertThat(lines.get(2)).startsWith("\"Plain, Person\"," + plain.getEmail() + ",active,1,");
        assertThat(progress).doesNotContain(",=").doesNotContain("\n=");

        String scores = dashboards.scoresCsv(admin.getId(), cohort.getId());
        List<String> rows = scores.substring(1).lines().toList();
        assertThat(rows.getFirst()).startsWith("learner,email,type,item id,item,submitted (UTC),status,score");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("\"'=HYPERLINK(").contains(",case,spam-detection,");
    }

    // ---- scale --------------------------------------------------------------------------------------

    @Test
    void aDashboardAsksTheDatabaseAsOftenForTwelveLearnersAsForTwo() {
        Cohort small = cohortWith(2);
        Cohort large = cohortWith(12);
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            dashboards.dashboard(admin.getId(), small.getId()); // warm-up: caches of the curriculum and so on
            stats.clear();
            dashboards.dashboard(admin.getId(), small.getId());
            long forSmall = stats.getPrepareStatementCount();
            stats.clear();
            dashboards.dashboard(admin.getId(), large.getId());
            long forLarge = stats.getPrepareStatementCount();
            assertThat(forLarge).as("statements for 12 learners vs 2").isEqualTo(forSmall);
            assertThat(forSmall).as("a handful of queries, not one per learner").isLessThanOrEqualTo(8);
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    private Cohort cohortWith(int learners) {
        Cohort cohort = fixture.cohort(start, end);
        var lesson = study.curriculum().lessons().get(0);
        for (int i = 0; i < learners; i++) {
            Account a = fixture.learnerIn(cohort, "Learner " + i);
            fixture.complete(a, lesson);
            fixture.submit(a, "spam-detection", DashboardFixture.POOR_ANSWER);
        }
        return cohort;
    }
}
