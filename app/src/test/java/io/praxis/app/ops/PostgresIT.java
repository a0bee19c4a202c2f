package io.praxis.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.praxis.app.TestLogins;
import io.praxis.app.Concurrently;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditAction;
import io.praxis.app.audit.AuditService;
import io.praxis.app.audit.AuditService.AuditFilter;
import io.praxis.app.audit.AuditService.AuditPage;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortAdminService;
import io.praxis.app.cohort.CohortAdminService.CohortDraft;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.dashboard.DashboardReadout;
import io.praxis.app.demo.DemoData;
import io.praxis.app.journal.JournalEntryView;
import io.praxis.app.journal.JournalService;
import io.praxis.app.notification.NotificationService;
import io.praxis.app.people.PeopleService;
import io.praxis.app.plan.LearnerPlan;
import io.praxis.app.plan.Pace;
import io.praxis.app.plan.PlanService;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.practice.SaveResult;
import io.praxis.app.review.ReviewConflictException;
import io.praxis.app.review.ReviewService;
import io.praxis.app.review.ReviewService.QueueEntry;
import io.praxis.app.review.ReviewService.QueueFilter;
import io.praxis.app.review.ReviewService.ReleasedReview;
import io.praxis.app.review.ReviewService.ReviewSheet;
import io.praxis.app.search.SearchService;
import io.praxis.app.study.StudyService;
import io.praxis.app.study.StudyService.ModuleProgress;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.plan.PlanTask;
import io.praxis.content.search.SearchRequest;
import io.praxis.content.search.SearchResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real PostgreSQL instead of the in-memory H2 every other test uses: the
 * migrations, Hibernate's schema validation, the demo data and the main write and read paths of
 * every feature, through the services as the views call them.
 *
 * <p>The database comes from {@code PRAXIS_TEST_POSTGRES_URL} (a JDBC URL such as
 * {@code jdbc:postgresql://localhost:5432/praxis_test}), {@code PRAXIS_TEST_POSTGRES_USER} and
 * {@code PRAXIS_TEST_POSTGRES_PASSWORD}; {@code .ci/run} creates one and sets them. Without the URL
 * the test is skipped. Its schema is <b>wiped</b> at the start of every run (Flyway clean, then
 * migrate), so point it at a database used for nothing else.
 *
 * <p>The test methods share one database (and the demo accounts in it) but not their data: each
 * works on its own attempt, cohort, journal entry or search, and asserts on those.
 */
@ExtendWith(PostgresIT.RequirePostgres.class)
@SpringBootTest(properties = "spring.flyway.clean-disabled=false")
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class PostgresIT {

    static final String URL = "PRAXIS_TEST_POSTGRES_URL";
    static final String USER = "PRAXIS_TEST_POSTGRES_USER";
    static final String PASSWORD = "PRAXIS_TEST_POSTGRES_PASSWORD";

    /**
     * Text that must come back exactly as written: accents, a character outside the Basic
     * Multilingual Plane (4 bytes in UTF-8), CJK, quotes, a backslash, a tab and line breaks,
     * and markup that must be stored as typed (it is escaped when shown, never here).
     */
    static final String AWKWARD = "Naïve café façade — Ærøskøbing, Straße, 東京, emoji 🚀; \"quoted\" 'single' "
            + "back\\slash\ttab\r\nnew line <script>alert('x')</script> <img src=x onerror=alert(1)> 100% _under_";

    /** A case answer the grader scores in the middle (the review tests' answer) plus {@link #AWKWARD}. */
    static final String ANSWER = "Spam hurts recipients who lose money to scams, and a wrongly hidden message from a "
            + "friend costs trust too. I would train a classifier on sender behaviour such as account age and "
            + "sending rate, because chats are encrypted. Reports give labels but they are noisy, so reviewers "
            + "label a random sample each week. Accuracy would mislead us because spam is rare, so I would set the "
            + "spam-folder threshold for high precision and show a warning banner for the uncertain band.\n\n"
            + AWKWARD;

    static final String CASE = "spam-detection";

    /**
     * Skips each test when no PostgreSQL is given, before its instance exists and so before Spring
     * starts a context (that would run on the H2 of the test profile). Per test rather than in a
     * {@code @BeforeAll}, so that the reports list every test as skipped with this message.
     */
    static class RequirePostgres implements TestInstancePreConstructCallback {

        @Override
        public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
            assumeTrue(isSet(System.getenv(URL)), () -> "PostgresIT skipped: set " + URL
                    + " (e.g. jdbc:postgresql://localhost:5432/praxis_test), " + USER + " and " + PASSWORD
                    + " to run it against a PostgreSQL database whose schema it may wipe; .ci/run sets them up.");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        if (!isSet(System.getenv(URL))) {
            return; // every test is skipped by RequirePostgres before a context starts
        }
        registry.add("spring.datasource.url", () -> System.getenv(URL));
        registry.add("spring.datasource.username", () -> orEmpty(System.getenv(USER)));
        registry.add("spring.datasource.password", () -> orEmpty(System.getenv(PASSWORD)));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * Every run starts from an empty schema: drop everything Flyway finds, then migrate. Only a
     * database whose name ends in {@code _test} is wiped, so a mistyped URL cannot destroy real data.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class CleanSchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                try (var connection = flyway.getConfiguration().getDataSource().getConnection()) {
                    String database = connection.getCatalog();
                    if (database == null || !database.endsWith("_test")) {
                        throw new IllegalStateException("PostgresIT wipes its database; refusing to wipe '" + database
                                + "': point " + URL + " at a database whose name ends in _test");
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Cannot read the test database's name", e);
                }
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    CohortAdminService cohortAdmin;
    @Autowired
    PeopleService people;
    @Autowired
    AuditService audit;
    @Autowired
    StudyService study;
    @Autowired
    PracticeService practice;
    @Autowired
    ReviewService reviews;
    @Autowired
    NotificationService notifications;
    @Autowired
    PlanService plans;
    @Autowired
    JournalService journal;
    @Autowired
    SearchService search;

    long learner;
    long learner2;
    long mentor;
    long admin;
    Cohort demoCohort;
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void demoAccounts() {
        learner = id(DemoData.LEARNER);
        learner2 = id(DemoData.LEARNER_2);
        mentor = id(DemoData.MENTOR);
        admin = id(DemoData.ADMIN);
        demoCohort = cohorts.findByName(DemoData.COHORT).orElseThrow();
    }

    private long id(DemoData.DemoAccount demo) {
        return accounts.findByEmail(demo.email()).orElseThrow(() -> new AssertionError("no demo account " + demo))
                .getId();
    }

    // ---- schema and demo data ------------------------------------------------------------------

    @Test
    void runsOnPostgresWithEveryMigrationAppliedAndTheSchemaValidated() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            assertThat(meta.getDatabaseProductName()).as("the datasource is the PostgreSQL from " + URL)
                    .isEqualTo("PostgreSQL");
        }
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).as("migrations found").isNotEmpty();
        assertThat(flyway.info().pending()).as("nothing left to apply").isEmpty();
        assertThat(all).as("every migration applied successfully").allSatisfy(m -> {
            assertThat(m.getState()).as("V%s %s", m.getVersion(), m.getDescription()).isEqualTo(MigrationState.SUCCESS);
            assertThat(m.isApplied()).isTrue();
        });
        List<String> versions = Arrays.stream(all).map(m -> m.getVersion().getVersion()).toList();
        assertThat(versions).as("V6 was never written; the others in order").containsExactly("1", "2", "3", "4", "5",
                "7");
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(versions.getLast());
        // The context started, so spring.jpa.hibernate.ddl-auto=validate accepted the migrated schema.
        assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void demoAccountsAndCohortAreSeededAndCanSignIn() {
        for (DemoData.DemoAccount demo : DemoData.ACCOUNTS) {
            Account account = accounts.findByEmail(demo.email()).orElseThrow();
            assertThat(account.getDisplayName()).isEqualTo(demo.name());
            assertThat(account.getRole()).isEqualTo(demo.role());
            assertThat(account.isActive()).isTrue();
            Authentication auth = TestLogins.signIn(users, passwordEncoder, demo.email(), DemoData.PASSWORD);
            assertThat(auth.isAuthenticated()).isTrue();
            assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .contains("ROLE_" + demo.role().name());
        }
        assertThat(demoCohort.getName()).isEqualTo("Autumn 2026 cohort");
        assertThat(cohorts.memberIds(demoCohort.getId())).contains(learner, learner2, mentor);
        assertThat(cohorts.summaries()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo(DemoData.COHORT);
            assertThat(s.learners()).isGreaterThanOrEqualTo(2);
            assertThat(s.mentors()).isGreaterThanOrEqualTo(1);
        });
    }

    // ---- study ---------------------------------------------------------------------------------

    @Test
    void completingALessonIsStoredAndReadBack() {
        Lesson lesson = study.curriculum().lessons().stream()
                .filter(l -> !study.isComplete(learner, l.id())).findFirst().orElseThrow();
        int before = moduleProgress(lesson).completed();
        Instant start = Instant.now();

        study.opened(learner, lesson.id());
        study.complete(learner, lesson.id());

        assertThat(study.isComplete(learner, lesson.id())).isTrue();
        assertThat(study.completedLessons(learner)).contains(lesson.id());
        assertThat(moduleProgress(lesson).completed()).isEqualTo(before + 1);
        Instant at = study.completionTimes(learner).get(lesson.id());
        assertThat(at).isBetween(start.minusSeconds(1), Instant.now().plusSeconds(1));
        study.complete(learner, lesson.id());
        assertThat(study.completionTimes(learner).get(lesson.id())).as("completing again keeps the first time")
                .isEqualTo(at);
        assertThat(study.activityOf(List.of(learner, learner2)))
                .anySatisfy(a -> {
                    assertThat(a.userId()).isEqualTo(learner);
                    assertThat(a.lessonId()).isEqualTo(lesson.id());
                    assertThat(a.completedAt()).isEqualTo(at);
                });
    }

    private ModuleProgress moduleProgress(Lesson lesson) {
        return study.moduleProgress(learner).stream().filter(p -> p.module().id().equals(lesson.moduleId()))
                .findFirst().orElseThrow();
    }

    // ---- practice ------------------------------------------------------------------------------

    @Test
    void draftsSaveWithOptimisticRevisionsAndTheSubmittedAnswerSurvivesExactly() {
        AttemptView started = practice.startNew(learner, ItemType.CASE, CASE, AttemptMode.PRACTICE);
        assertThat(started.status()).isEqualTo(AttemptStatus.DRAFT);

        SaveResult first = practice.saveDraft(learner, started.id(), "First tab: " + AWKWARD,
                started.draftRevision(), false);
        assertThat(first.saved()).isTrue();
        assertThat(first.revision()).isGreaterThan(started.draftRevision());
        SaveResult stale = practice.saveDraft(learner, started.id(), "Second tab, stale", started.draftRevision(),
                false);
        assertThat(stale.saved()).as("a tab that missed a save is refused").isFalse();
        assertThat(stale.conflict()).isTrue();
        assertThat(stale.otherText()).isEqualTo("First tab: " + AWKWARD);
        assertThat(practice.get(learner, started.id()).draftText()).isEqualTo("First tab: " + AWKWARD);
        assertThat(practice.openDraft(learner, ItemType.CASE, CASE)).isPresent();

        AttemptView submitted = practice.submit(learner, started.id(), ANSWER);
        assertThat(submitted.status()).isEqualTo(AttemptStatus.SUBMITTED);

        AttemptView read = practice.get(learner, started.id());
        assertThat(read.answerText()).as("the answer, byte for byte").isEqualTo(ANSWER);
        assertThat(read.report()).as("the grade report is stored and parses").isNotNull();
        assertThat(read.report().criteria()).isNotEmpty();
        assertThat(read.score()).isEqualTo(submitted.score()).isBetween(0, 100);
        assertThat(read.confidence()).isEqualTo(submitted.confidence());
        assertThat(read.submittedAt()).isNotNull();
        assertThat(read.report().toJson()).isEqualTo(submitted.report().toJson());
        assertThat(practice.attemptsOf(learner, ItemType.CASE, CASE)).extracting(AttemptView::id)
                .contains(started.id());
        assertThat(practice.submittedBy(List.of(learner))).extracting(AttemptView::id).contains(started.id());
        assertThat(practice.submissionsOf(List.of(learner))).anySatisfy(s -> {
            assertThat(s.attemptId()).isEqualTo(started.id());
            assertThat(s.submittedAt()).isEqualTo(read.submittedAt());
        });
        assertThat(practice.saveDraft(learner, started.id(), "too late", read.draftRevision(), true).saved())
                .as("a submitted attempt never changes").isFalse();
        assertThat(practice.get(learner, started.id()).answerText()).isEqualTo(ANSWER);
    }

    // ---- mentor review -------------------------------------------------------------------------

    @Test
    void mentorClaimsDraftsAndReleasesAReviewAndStaleVersionsAreRefused() throws Exception {
        AttemptView attempt = submit(learner);
        long unreadBefore = notifications.unreadCount(learner);

        assertThat(reviews.queue(mentor, QueueFilter.ALL)).extracting(QueueEntry::attemptId).contains(attempt.id());
        ReviewSheet claimed = reviews.claim(mentor, attempt.id());
        assertThat(claimed.mine()).isTrue();
        assertThat(practice.get(learner, attempt.id()).status()).isEqualTo(AttemptStatus.IN_REVIEW);
        assertThat(reviews.queue(mentor, QueueFilter.ALL)).filteredOn(e -> e.attemptId() == attempt.id())
                .singleElement().satisfies(e -> assertThat(e.claim().mentorId()).isEqualTo(mentor));

        String criterion = claimed.report().criteria().getFirst().criterionId();
        long v1 = reviews.saveDraft(mentor, attempt.id(), claimed.draft().withOverall("Draft — " + AWKWARD)
                .withComment(criterion, "Kommentar: Übergrößenträger ✓"), claimed.reviewVersion());
        assertThat(v1).isGreaterThan(claimed.reviewVersion());

        // Another tab still holding the version it loaded before that save is refused, and nothing changes.
        assertThatThrownBy(() -> reviews.saveDraft(mentor, attempt.id(), claimed.draft().withOverall("stale tab"),
                claimed.reviewVersion())).isInstanceOf(ReviewConflictException.class);
        ReviewSheet reopened = reviews.open(mentor, attempt.id());
        assertThat(reopened.reviewVersion()).isEqualTo(v1);
        assertThat(reopened.draft().overall()).isEqualTo("Draft — " + AWKWARD);
        assertThat(reopened.draft().comment(criterion)).isEqualTo("Kommentar: Übergrößenträger ✓");

        // Two saves of the same version at the same moment: PostgreSQL's row lock and the @Version
        // column let exactly one through; the other is refused, never silently overwritten.
        List<Object> outcomes = Concurrently.together(
                () -> reviews.saveDraft(mentor, attempt.id(), reopened.draft().withOverall("tab one"), v1),
                () -> reviews.saveDraft(mentor, attempt.id(), reopened.draft().withOverall("tab two"), v1));
        assertThat(outcomes).as("one save wins: %s", outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ReviewConflictException.class::isInstance).hasSize(1);
        String winner = outcomes.get(0) instanceof Long ? "tab one" : "tab two";
        ReviewSheet current = reviews.open(mentor, attempt.id());
        assertThat(current.draft().overall()).isEqualTo(winner);

        String overall = "Well argued. " + AWKWARD;
        ReleasedReview released = reviews.release(mentor, attempt.id(), current.draft().withOverall(overall),
                current.reviewVersion());
        assertThat(released.number()).isEqualTo(1);
        assertThatThrownBy(() -> reviews.release(mentor, attempt.id(), current.draft().withOverall("again"),
                current.reviewVersion())).as("a release from a stale version")
                .isInstanceOf(ReviewConflictException.class);

        List<ReleasedReview> seen = reviews.reviewsForLearner(learner, attempt.id());
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.overallComment()).isEqualTo(overall.strip());
            assertThat(r.mentorName()).isEqualTo(DemoData.MENTOR.name());
            assertThat(r.criteria()).hasSize(attempt.report().criteria().size());
            assertThat(r.releasedAt()).isNotNull();
        });
        assertThat(practice.get(learner, attempt.id()).status()).isEqualTo(AttemptStatus.REVIEWED);
        assertThat(reviews.queue(mentor, QueueFilter.ALL)).extracting(QueueEntry::attemptId)
                .doesNotContain(attempt.id());
        assertThat(notifications.unreadCount(learner)).isEqualTo(unreadBefore + 1);
        assertThat(notifications.recent(learner, 5)).anySatisfy(n -> assertThat(n.link())
                .isEqualTo("practice/attempt/" + attempt.id()));
    }

    @Test
    void aClaimReleasedByHandGoesBackToTheQueue() {
        AttemptView attempt = submit(learner2);
        reviews.claim(mentor, attempt.id());
        ReviewSheet free = reviews.releaseClaim(mentor, attempt.id());
        assertThat(free.claim()).isNull();
        assertThat(practice.forReview(attempt.id()).orElseThrow().status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(reviews.queue(mentor, QueueFilter.ALL)).filteredOn(e -> e.attemptId() == attempt.id())
                .singleElement().satisfies(e -> assertThat(e.claim()).isNull());
    }

    private AttemptView submit(long learnerId) {
        AttemptView a = practice.startNew(learnerId, ItemType.CASE, CASE, AttemptMode.PRACTICE);
        return practice.submit(learnerId, a.id(), ANSWER);
    }

    // ---- dashboard -----------------------------------------------------------------------------

    @Test
    void adminDashboardOfTheDemoCohortWithTurnaroundAndExports() {
        AttemptView attempt = submit(learner2);
        ReviewSheet sheet = reviews.claim(mentor, attempt.id());
        reviews.release(mentor, attempt.id(), sheet.draft().withOverall("Reviewed for the dashboard"),
                sheet.reviewVersion());
        DashboardReadout readout = new DashboardReadout(context);

        DashboardReadout.Summary d = readout.dashboard(admin, demoCohort.getId());

        assertThat(d.cohortName()).isEqualTo(DemoData.COHORT);
        assertThat(d.learners()).extracting(DashboardReadout.Learner::name).as("learners only, by name")
                .containsExactly(DemoData.LEARNER.name(), DemoData.LEARNER_2.name());
        DashboardReadout.Learner sam = d.learners().get(1);
        assertThat(sam.attempts()).isEqualTo(practice.submittedBy(List.of(learner2)).size()).isPositive();
        assertThat(d.learners().getFirst().completed()).isEqualTo(study.completedLessons(learner).size());
        assertThat(d.turnaroundAvailable()).isTrue();
        assertThat(d.medianTurnaround()).as("median review turnaround").isNotNull()
                .isGreaterThanOrEqualTo(Duration.ZERO);

        String progress = readout.progressCsv(admin, demoCohort.getId());
        List<String> progressRows = csvRows(progress);
        assertThat(progressRows.getFirst()).startsWith("learner,email,account,");
        assertThat(progressRows).hasSize(1 + d.learners().size());
        assertThat(progressRows.get(1)).startsWith(DemoData.LEARNER.name() + "," + DemoData.LEARNER.email());
        assertThat(progressRows.get(2)).startsWith(DemoData.LEARNER_2.name() + "," + DemoData.LEARNER_2.email());

        String scores = readout.scoresCsv(admin, demoCohort.getId());
        List<String> scoreRows = csvRows(scores);
        assertThat(scoreRows.getFirst()).startsWith("learner,email,type,item id,");
        assertThat(scoreRows).hasSize(1 + d.submittedAttempts());
        assertThat(scoreRows).anySatisfy(r -> assertThat(r)
                .startsWith(DemoData.LEARNER_2.name() + "," + DemoData.LEARNER_2.email() + ",case," + CASE + ",")
                .contains(",reviewed,"));
    }

    /** The lines of a CSV export, after checking its byte-order mark and CRLF line ends. */
    private static List<String> csvRows(String csv) {
        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
        return List.of(csv.substring(1).split("\r\n"));
    }

    // ---- cohorts ---------------------------------------------------------------------------------

    /**
     * Of two cohorts that start the same day, a learner's plan and pages follow the one created
     * first, as the dashboard's bulk pace does, also after it was edited: PostgreSQL returns
     * rows without an ORDER BY in whatever order they lie on disk, and an UPDATE moves a row.
     */
    @Test
    void ofTwoCohortsStartingTheSameDayTheFirstCreatedCountsEvenAfterAnEdit() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        var first = cohortAdmin.create(admin, new CohortDraft("Twin A " + tag, start, start.plusDays(90),
                Set.of(mentor)));
        var second = cohortAdmin.create(admin, new CohortDraft("Twin B " + tag, start, start.plusDays(60),
                Set.of(mentor)));
        long twin = cohortAdmin.enrol(admin, first.id(), "twin-" + tag + "@example.org", "Tia Twin").accountId();
        cohortAdmin.enrol(admin, second.id(), "twin-" + tag + "@example.org", null);
        cohortAdmin.update(admin, first.id(), new CohortDraft("Twin A (edited) " + tag, start, start.plusDays(90),
                Set.of(mentor)));

        assertThat(cohorts.cohortsOf(twin)).extracting(Cohort::getId).containsExactly(first.id(), second.id());
        assertThat(cohorts.newestCohortOf(List.of(twin)).get(twin).getId()).isEqualTo(first.id());
        assertThat(plans.plan(twin).orElseThrow().setup().cohortName()).isEqualTo("Twin A (edited) " + tag);
        assertThat(cohorts.summaries()).extracting(CohortService.CohortSummary::id).as("the admin's list")
                .containsSubsequence(first.id(), second.id());
    }

    // ---- plan and journal ----------------------------------------------------------------------

    @Test
    void planPaceCountsACheckedTaskAndItsReflectionIsStored() {
        LocalDate today = plans.today(learner);
        LearnerPlan plan = plans.plan(learner).orElseThrow(() -> new AssertionError("the demo learner has a plan"));
        assertThat(plan.start()).as("the plan follows the demo cohort").isEqualTo(demoCohort.getStartDate());
        Pace before = plans.pace(learner, today).orElseThrow();
        assertThat(plans.paces(List.of(learner), today)).as("the dashboard's bulk pace agrees")
                .containsEntry(learner, before);
        PlanTask task = plans.template().tasks().stream()
                .filter(t -> t.auto() == null && plan.task(t.id()).map(p -> !p.done()).orElse(false))
                .findFirst().orElseThrow();

        plans.check(learner, task.id(), "Reflexion: größer als gedacht — 思考 " + tag);

        LearnerPlan after = plans.plan(learner).orElseThrow();
        assertThat(after.task(task.id())).hasValueSatisfying(t -> {
            assertThat(t.done()).isTrue();
            assertThat(t.auto()).isFalse();
            assertThat(t.reflection()).isEqualTo("Reflexion: größer als gedacht — 思考 " + tag);
            assertThat(t.doneOn()).isEqualTo(today);
        });
        Pace now = plans.pace(learner, today).orElseThrow();
        assertThat(now.done()).isEqualTo(before.done() + 1);
        assertThat(now.due()).isEqualTo(before.due());
        assertThat(plans.paces(List.of(learner, learner2), today)).containsEntry(learner, now)
                .containsKey(learner2);
    }

    @Test
    void journalEntriesAreFoundCaseInsensitively() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String title = "Ärger mit Metriken " + tag;
        String body = "Heute: PRÄZISION vs. Recall, Straße " + tag + "\n\n" + AWKWARD;
        JournalEntryView created = journal.create(learner, new JournalService.Draft(today, title, body, null));
        JournalEntryView other = journal.create(learner2, new JournalService.Draft(today, "Sam's " + tag,
                "präzision " + tag, null));

        assertThat(journal.entry(learner, created.id())).hasValueSatisfying(e -> {
            assertThat(e.title()).isEqualTo(title);
            assertThat(e.body()).isEqualTo(body.strip());
            assertThat(e.date()).isEqualTo(today);
        });
        for (String query : List.of("ärger " + tag, "ÄRGER " + tag.toUpperCase(), "präzision " + tag,
                "PRÄZISION straße " + tag, tag + " <SCRIPT>")) {
            assertThat(journal.search(learner, query)).as("query %s", query).extracting(JournalEntryView::id)
                    .containsExactly(created.id());
        }
        assertThat(journal.search(learner, "präzision nowhere-" + tag)).isEmpty();
        assertThat(journal.search(learner2, "präzision " + tag)).extracting(JournalEntryView::id)
                .as("another learner's entries are never searched").containsExactly(other.id());
        assertThat(journal.entry(learner2, created.id())).isEmpty();
        assertThat(journal.entries(learner)).extracting(JournalEntryView::id).contains(created.id());
    }

    // ---- audit ---------------------------------------------------------------------------------

    @Test
    void adminActionsAppearInTheAuditLogWithFilters() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String name = "Ünïcode Kohorte " + tag;
        var cohort = cohortAdmin.create(admin, new CohortDraft(name, today, today.plusDays(90), Set.of(mentor)));
        var created = people.createAccount(admin, "leaver-" + tag + "@example.org", "Lée Ünal " + tag, Role.LEARNER);
        assertThat(people.search(admin, "LÉE ÜNAL " + tag.toUpperCase(), Role.LEARNER, true, 0, 20).people())
                .as("the people search ignores case, accents included").extracting(PeopleService.Person::id)
                .containsExactly(created.person().id());
        people.deactivate(admin, created.person().id());
        assertThat(people.search(admin, "lée ünal " + tag, null, false, 0, 20).people())
                .extracting(PeopleService.Person::id).containsExactly(created.person().id());

        AuditPage cohortEntries = audit.search(admin, new AuditFilter(admin, AuditAction.COHORT_CREATED,
                today.minusDays(1), today.plusDays(1), "ÜNÏCODE KOHORTE " + tag.toUpperCase()), 0, 20);
        assertThat(cohortEntries.total()).isEqualTo(1);
        assertThat(cohortEntries.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.COHORT_CREATED);
            assertThat(e.actorId()).isEqualTo(admin);
            assertThat(e.actorEmail()).isEqualTo(DemoData.ADMIN.email());
            assertThat(e.targetType()).isEqualTo("cohort");
            assertThat(e.targetId()).isEqualTo(String.valueOf(cohort.id()));
            assertThat(e.summary()).contains(name);
            assertThat(e.after()).contains(tag);
        });
        assertThat(audit.search(admin, new AuditFilter(admin, AuditAction.COHORT_CREATED, null, null,
                "ünïcode kohorte " + tag), 0, 20).total()).as("lower-case filter text").isEqualTo(1);

        String leaver = "LEAVER-" + tag.toUpperCase() + "@EXAMPLE.ORG";
        AuditPage deactivations = audit.search(admin, new AuditFilter(null, AuditAction.ACCOUNT_DEACTIVATED, today,
                today, leaver), 0, 20);
        assertThat(deactivations.entries()).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(String.valueOf(created.person().id()));
            assertThat(e.before()).contains("\"active\":true");
            assertThat(e.after()).contains("\"active\":false");
        });
        AuditPage anyAction = audit.search(admin, new AuditFilter(null, null, null, null, leaver), 0, 20);
        assertThat(anyAction.entries()).extracting(AuditService.AuditRecord::action)
                .as("newest first").containsExactly(AuditAction.ACCOUNT_DEACTIVATED, AuditAction.ACCOUNT_CREATED);
        assertThat(audit.search(admin, new AuditFilter(null, null, today.plusDays(2), today.plusDays(3), tag), 0, 20)
                .total()).as("a date range without entries").isZero();
        for (String wildcard : List.of("kohorte_" + tag, "kohorte%" + tag)) {
            assertThat(audit.search(admin, new AuditFilter(null, null, null, null, wildcard), 0, 20).total())
                    .as("%s: %% and _ are matched literally, not as LIKE wildcards", wildcard).isZero();
        }
        assertThat(audit.actors(admin)).anySatisfy(a -> assertThat(a.id()).isEqualTo(admin));
        assertThat(accounts.findById(created.person().id()).orElseThrow().isActive()).isFalse();
    }

    // ---- search --------------------------------------------------------------------------------

    @Test
    void zeroResultSearchesAreCountedForTheAdmin() {
        String query = "qqzx " + tag.replaceAll("[^0-9]", "7") + " vvkw";
        SearchResponse first = search.search(SearchRequest.of(query));
        assertThat(first.hits()).as("a query nothing matches").isEmpty();
        search.search(SearchRequest.of("  " + query.toUpperCase().replace(" ", "   ") + " "));
        SearchResponse found = search.search(SearchRequest.of("precision"));
        assertThat(found.hits()).as("a real query finds lessons").isNotEmpty();

        assertThat(search.topMisses(50)).filteredOn(m -> m.query().equalsIgnoreCase(query)).singleElement()
                .satisfies(m -> {
                    assertThat(m.count()).isEqualTo(2);
                    assertThat(m.query()).isEqualTo(query);
                    assertThat(m.lastSeen()).isNotNull();
                });
        assertThat(search.topMisses(50)).noneMatch(m -> m.query().equalsIgnoreCase("precision"));
    }

    // ---- text PostgreSQL cannot store --------------------------------------------------------

    /**
     * PostgreSQL refuses the NUL character in text (H2 stores it): typed text loses it before it
     * is stored, and lookups by a value containing one find nothing instead of failing.
     */
    @Test
    void nulCharactersAreDroppedFromTypedTextAndNeverBreakALookup() {
        String nul = "\u0000";
        AttemptView draft = practice.startNew(learner, ItemType.CASE, CASE, AttemptMode.PRACTICE);
        assertThat(practice.saveDraft(learner, draft.id(), "dra" + nul + "ft", draft.draftRevision(), false).saved())
                .isTrue();
        assertThat(practice.get(learner, draft.id()).draftText()).isEqualTo("draft");
        AttemptView submitted = practice.submit(learner, draft.id(), nul + ANSWER.replace("Spam", "Sp" + nul + "am"));
        assertThat(submitted.answerText()).isEqualTo(ANSWER);
        assertThat(practice.get(learner, draft.id()).answerText()).isEqualTo(ANSWER);

        JournalEntryView entry = journal.create(learner, new JournalService.Draft(LocalDate.now(ZoneOffset.UTC),
                "Ti" + nul + "tle " + tag, "Bo" + nul + "dy " + tag, null));
        assertThat(journal.entry(learner, entry.id()).orElseThrow()).satisfies(e -> {
            assertThat(e.title()).isEqualTo("Title " + tag);
            assertThat(e.body()).isEqualTo("Body " + tag);
        });

        String taskId = plans.template().tasks().getLast().id();
        plans.saveReflection(learner, taskId, "Re" + nul + "flection " + tag);
        assertThat(plans.plan(learner).orElseThrow().task(taskId).orElseThrow().reflection())
                .isEqualTo("Reflection " + tag);

        assertThat(reviews.saveToBank(mentor, "Ba" + nul + "nk " + tag).text()).isEqualTo("Bank " + tag);
        AttemptView attempt = submit(learner2);
        ReviewSheet sheet = reviews.claim(mentor, attempt.id());
        String criterion = sheet.report().criteria().getFirst().criterionId();
        long version = reviews.saveDraft(mentor, attempt.id(), sheet.draft().withOverall("Dr" + nul + "aft"),
                sheet.reviewVersion());
        reviews.release(mentor, attempt.id(), sheet.draft().withOverall("Ove" + nul + "rall " + tag)
                .withComment(criterion, "Com" + nul + "ment"), version);
        assertThat(reviews.reviewsForLearner(learner2, attempt.id())).singleElement().satisfies(r -> {
            assertThat(r.overallComment()).isEqualTo("Overall " + tag);
            assertThat(r.criteria().getFirst().comment()).isEqualTo("Comment");
        });

        String miss = "qqzx" + nul + "vvkw " + tag.replaceAll("[^0-9]", "3");
        assertThat(search.search(SearchRequest.of(miss)).hits()).isEmpty();
        assertThat(search.topMisses(50)).extracting(SearchService.Miss::query).contains(miss.replace(nul, " "));

        String address = DemoData.LEARNER.email().replace("@", nul + "@");
        assertThatThrownBy(() -> TestLogins.signIn(users, passwordEncoder, address, DemoData.PASSWORD))
                .as("an unknown address, not a database error").isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.findByEmail(address)).isEmpty();
        assertThat(people.search(admin, "learner" + nul, null, null, 0, 20).total()).isZero();
        assertThat(audit.search(admin, new AuditFilter(null, null, null, null, "cohort" + nul), 0, 20).total())
                .isZero();
    }
}
