package io.praxis.app.e2e;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeItem;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.review.ReviewService;
import io.praxis.app.study.StudyService;
import io.praxis.content.lesson.Lesson;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (it is not named *IT, and it is disabled unless {@code it.test} names it, so
 * neither the normal build nor a run of every class with {@code -Dtest=...} runs it): how long the
 * cohort dashboard takes to load in a real browser for a cohort of {@value #LEARNERS} learners
 * with {@value #ATTEMPTS} graded attempts each. Seeds the cohort through the services (grading
 * every answer), signs in as the admin and opens the dashboard {@value #LOADS} times after
 * {@value #WARM_UP} warm-up loads, timing from the start of navigation to the moment the heatmap
 * and at-risk grids show their first rows and the last chart is in the page (the grids load
 * further rows as they scroll into view). Prints median and p90, the browser's own
 * navigation timing, the page size and the SQL statements per load. Run with
 *
 * <pre>
 * ./mvnw -B -o -pl app -am verify -Dit.test=DashboardLoadBench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "it.test", matches = ".*DashboardLoadBench.*",
        disabledReason = "a benchmark: runs only when asked for with -Dit.test=DashboardLoadBench")
class DashboardLoadBench extends BrowserTest {

    static final int LEARNERS = 200;
    static final int ATTEMPTS = 20;
    static final int WARM_UP = 2;
    static final int LOADS = 10;

    /** Answers of different quality, so that levels and at-risk reasons vary. */
    static final List<String> ANSWERS = List.of(
            "I would build a good model and make the users happy with it. Then we launch it and see.",
            "First I would clarify the goal and the users who are hurt by errors. I would define precision and "
                    + "recall, pick a threshold from the cost of a false positive, and build a labelled gold set "
                    + "from a random sample reviewed every week.",
            "The problem is a prediction task: who needs help and what a wrong answer costs them. Data comes from "
                    + "logs and reviewers label a sample; we watch for bias across groups and keep a human in the "
                    + "loop for risky cases. Offline we measure precision and recall on a gold set, then run an A/B "
                    + "test on a small share of traffic with guardrail metrics, monitor drift after launch and "
                    + "keep a rollback plan. Costs per request and latency decide between building and buying.",
            "Spam hurts people who lose money to scams and a hidden real message costs trust, so the two errors "
                    + "have different costs. I would score senders with behaviour signals, label a weekly random "
                    + "sample, set the threshold for high precision with a warning band, check errors by country, "
                    + "launch in shadow mode and then A/B test with a rollback plan.");

    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    PracticeService practice;
    @Autowired
    StudyService study;
    @Autowired
    ReviewService reviews;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void dashboardLoadTimeForTwoHundredLearners() {
        long cohortId = seed();

        login(DemoData.ADMIN);
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        double[] wall = new double[LOADS];
        double[] browser = new double[LOADS];
        long[] statements = new long[LOADS];
        long pageChars = 0;
        for (int i = -WARM_UP; i < LOADS; i++) {
            stats.clear();
            stats.setStatisticsEnabled(true);
            long t0 = System.nanoTime();
            page.navigate(url("dashboard/" + cohortId));
            // Rendered: the heatmap grid shows its first rows, the at-risk grid too, and the last section is in.
            page.locator("#progress-heatmap-table vaadin-grid-cell-content a").first().waitFor();
            page.locator("#at-risk-table vaadin-grid-cell-content a").first().waitFor();
            page.locator("#review-backlog-ages-figure").waitFor();
            long t1 = System.nanoTime();
            stats.setStatisticsEnabled(false);
            if (i >= 0) {
                wall[i] = (t1 - t0) / 1e6;
                // performance.now() counts from the start of this navigation in the browser.
                browser[i] = ((Number) page.evaluate("() => performance.now()")).doubleValue();
                statements[i] = stats.getPrepareStatementCount();
                pageChars = ((Number) page.evaluate("() => document.documentElement.outerHTML.length")).longValue();
            }
        }
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                "() => document.querySelector('#progress-heatmap-table').size")).as("rows in the heatmap")
                .isEqualTo(LEARNERS);

        double[] home = new double[LOADS];
        for (int i = 0; i < LOADS; i++) {
            long t0 = System.nanoTime();
            page.navigate(url(""));
            page.locator("#home-panels").waitFor();
            home[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] server = new double[LOADS];
        double[] attemptsLoad = new double[LOADS];
        List<Long> ids = cohorts.memberIds(cohortId);
        for (int i = 0; i < LOADS; i++) {
            long t0 = System.nanoTime();
            serverSide(cohortId);
            server[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            practice.submittedBy(ids);
            attemptsLoad[i] = (System.nanoTime() - t0) / 1e6;
        }

        System.out.println();
        System.out.println("=== DashboardLoadBench: " + LEARNERS + " learners x " + ATTEMPTS + " graded attempts, "
                + LOADS + " loads after " + WARM_UP + " warm-up ===");
        System.out.println("navigation to dashboard rendered (Java wall clock): " + summary(wall));
        System.out.println("navigation to dashboard rendered (browser performance.now): " + summary(browser));
        System.out.println("for comparison, the home page: " + summary(home));
        System.out.println("server side only, the dashboard's figures: " + summary(server));
        System.out.println("  of which loading the " + LEARNERS * ATTEMPTS + " submitted attempts: " + summary(attemptsLoad));
        System.out.println("SQL statements per page load (all of it, incl. layout and log-in lookups): "
                + Arrays.toString(statements));
        System.out.println("page size after rendering: " + pageChars / 1024 + " KiB of HTML");
        System.out.println();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /**
     * The dashboard service's computation alone, without the view. The service is package-private
     * (only its views use it), so the benchmark reaches it by reflection.
     */
    private void serverSide(long cohortId) {
        try {
            Class<?> type = Class.forName("io.praxis.app.dashboard.DashboardService");
            Object service = context.getBean(type);
            var method = type.getMethod("dashboard", long.class, long.class);
            method.setAccessible(true);
            method.invoke(service, accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow().getId(), cohortId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates the cohort: learners with some lessons completed and graded attempts; returns its id. */
    private long seed() {
        long t0 = System.nanoTime();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(6);
        Cohort cohort = cohorts.create("Benchmark cohort " + System.nanoTime(), start, start.plusDays(90));
        List<Lesson> lessons = study.curriculum().lessons();
        List<PracticeItem> items = practice.items();
        List<Account> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Account a = accounts.create(String.format(Locale.ROOT, "bench-%03d@praxis.bench", i),
                    String.format(Locale.ROOT, "Bench Learner %03d", i), "bench-password-2026", Role.LEARNER);
            cohorts.enrol(cohort.getId(), a.getId());
            learners.add(a);
            int done = (i * 7) % (lessons.size() + 1);
            for (int l = 0; l < done; l++) {
                study.complete(a.getId(), lessons.get(l).id());
            }
        }
        long t1 = System.nanoTime();
        // Grading is CPU-bound and each submission is its own transaction: use both cores.
        IntStream.range(0, LEARNERS).parallel().forEach(i -> {
            long id = learners.get(i).getId();
            for (int k = 0; k < ATTEMPTS; k++) {
                PracticeItem item = items.get((i + k) % items.size());
                AttemptView a = practice.startNew(id, item.type(), item.id(), AttemptMode.PRACTICE);
                practice.submit(id, a.id(), ANSWERS.get((i + k) % ANSWERS.size()));
            }
        });
        long t2 = System.nanoTime();
        // A mentor has reviewed every other learner's first attempt, so turnaround and history have data.
        Account mentor = accounts.create("bench-mentor@praxis.bench", "Bench Mentor", "bench-password-2026",
                Role.MENTOR);
        cohorts.enrol(cohort.getId(), mentor.getId());
        int released = 0;
        for (int i = 0; i < LEARNERS; i += 2) {
            long attemptId = practice.attemptsOf(learners.get(i).getId()).getFirst().id();
            ReviewService.ReviewSheet sheet = reviews.claim(mentor.getId(), attemptId);
            reviews.release(mentor.getId(), attemptId, sheet.draft().withOverall("Clear framing; name the costs of each error."),
                    sheet.reviewVersion());
            released++;
        }
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%nseeded %d learners (%.1f s), %d graded attempts (%.1f s), %d released "
                + "reviews (%.1f s)%n", LEARNERS, (t1 - t0) / 1e9, LEARNERS * ATTEMPTS, (t2 - t1) / 1e9, released,
                (t3 - t2) / 1e9);
        return cohort.getId();
    }

    static String summary(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
        double p90 = sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
        return String.format(Locale.ROOT, "median %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms", median, p90,
                sorted[0], sorted[sorted.length - 1]);
    }
}
