package io.praxis.app.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The access table: every route of Praxis, a concrete address to open it, and who may open
 * it. {@link RouteAccessTest} fails when a route is missing here, so each new view must be
 * added with its intended access, and then every route is opened as every kind of visitor.
 */
final class RouteAccessTable {

    /** The kinds of visitor the table distinguishes. */
    enum Who { ANONYMOUS, LEARNER, MENTOR, ADMIN }

    /** One route: its template as registered, an address that opens it, who may. */
    record Entry(String template, String address, Set<Who> allowed) {
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.of(Who.LEARNER, Who.MENTOR, Who.ADMIN);
    static final Set<Who> LEARNERS = EnumSet.of(Who.LEARNER);
    static final Set<Who> MENTORS_AND_ADMINS = EnumSet.of(Who.MENTOR, Who.ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);

    /** Placeholder for the id of the demo learner's first submitted attempt, resolved by the test. */
    static final String DEMO_ATTEMPT = "{demo-attempt}";

    /** Placeholder for the id of the demo cohort, resolved by the test. */
    static final String DEMO_COHORT = "{demo-cohort}";

    /** Placeholder for the id of the demo learner, resolved by the test. */
    static final String DEMO_LEARNER = "{demo-learner}";

    /** Placeholder for the id of the demo learner's first journal entry, resolved by the test. */
    static final String DEMO_JOURNAL_ENTRY = "{demo-journal-entry}";

    static final List<Entry> ROUTES = List.of(
            new Entry("", "", SIGNED_IN),
            new Entry("login", "login", EVERYONE),
            new Entry("study", "study", SIGNED_IN),
            new Entry("study/:lessonId", "study/thresholds-roc-auc", SIGNED_IN),
            new Entry("glossary", "glossary", SIGNED_IN),
            new Entry("glossary/:termId", "glossary/precision", SIGNED_IN),
            new Entry("search", "search?q=precision", SIGNED_IN),
            new Entry("practice", "practice", LEARNERS),
            new Entry("practice/:type/:itemId", "practice/case/spam-detection", LEARNERS),
            new Entry("practice/attempt/:attemptId", "practice/attempt/" + DEMO_ATTEMPT, LEARNERS),
            new Entry("practice/progress", "practice/progress", LEARNERS),
            new Entry("calculators", "calculators", EVERYONE),
            new Entry("calculators/:calculatorId", "calculators/threshold", EVERYONE),
            // Cohort administration (issue 7): admin pages, and the anonymous pages behind invite and password links.
            new Entry("admin/cohorts", "admin/cohorts", ADMINS),
            new Entry("admin/cohorts/:cohortId", "admin/cohorts/" + DEMO_COHORT, ADMINS),
            new Entry("admin/people", "admin/people", ADMINS),
            new Entry("admin/audit", "admin/audit", ADMINS),
            new Entry("join/:code", "join/NOSUCHCODE", EVERYONE),
            new Entry("reset/:token", "reset/no-such-token-at-all", EVERYONE),
            // Mentor review (issue 7, review part): the queue, one submission's review, calibration.
            new Entry("review", "review", MENTORS_AND_ADMINS),
            new Entry("review/:attemptId", "review/" + DEMO_ATTEMPT, MENTORS_AND_ADMINS),
            new Entry("review/calibration", "review/calibration", MENTORS_AND_ADMINS),
            // Cohort dashboard and learner detail (issue 7, tracking): admins, and the cohort's mentors.
            new Entry("dashboard", "dashboard", MENTORS_AND_ADMINS),
            new Entry("dashboard/:cohortId", "dashboard/" + DEMO_COHORT, MENTORS_AND_ADMINS),
            new Entry("learners/:learnerId", "learners/" + DEMO_LEARNER, MENTORS_AND_ADMINS),
            // 90-day plan and learning journal (issue 8)
            new Entry("plan", "plan", LEARNERS),
            new Entry("journal", "journal", LEARNERS),
            new Entry("journal/:entryId", "journal/" + DEMO_JOURNAL_ENTRY, LEARNERS));

    private RouteAccessTable() {
    }
}
