package io.praxis.app.dashboard;

import io.praxis.app.dashboard.AtRiskRules.PaceRule;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import io.praxis.app.practice.ItemType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the cohort dashboard shows, computed in one pass over data loaded once (see
 * {@link DashboardService#dashboard}).
 *
 * @param today the date the figures were computed for (the application clock's zone)
 * @param modules the curriculum's modules, in order: the heatmap's columns
 * @param learners the cohort's learners by name: the heatmap's rows
 * @param weeks lessons completed in each cohort week, week 1 starting on the cohort's first
 *     day, through the current week (or the last week with a completion, if later)
 * @param completedBeforeStart completions dated before the cohort's first day (not in any week)
 * @param areas average criterion level per skill area, weakest first
 * @param items submitted attempts per case or question, most attempted first
 * @param turnaround median review turnaround, or why there is none
 * @param atRisk learners flagged by {@link AtRiskRules}, in learner order
 * @param paceRule the rule used for "behind the pace"
 */
record CohortDashboard(long cohortId, String cohortName, LocalDate start, LocalDate end, LocalDate today,
        List<ModuleColumn> modules, List<LearnerRow> learners, List<WeekCount> weeks, int completedBeforeStart,
        List<AreaAverage> areas, List<ItemAttempts> items, Backlog backlog, Turnaround turnaround,
        List<AtRiskLearner> atRisk, PaceRule paceRule) {

    /** One module: a heatmap column. */
    record ModuleColumn(String id, String title, int lessons) {
    }

    /**
     * One learner: a heatmap row.
     *
     * @param completedByModule completed lessons per module, in {@link #modules} order
     * @param lastActivity null when the learner never opened a lesson nor submitted an attempt
     * @param averageScore null without a submitted attempt
     */
    record LearnerRow(long id, String name, String email, boolean active, List<Integer> completedByModule,
            int completed, Instant lastActivity, int attempts, Double averageScore) {
    }

    /**
     * One cohort week.
     *
     * @param week 1-based
     * @param learners learners who completed at least one lesson that week
     */
    record WeekCount(int week, LocalDate starts, int lessons, int learners) {
    }

    /**
     * One skill area across the cohort's submitted attempts.
     *
     * @param criteria criterion grades counted
     * @param averageLevel mean level, 0-3
     */
    record AreaAverage(String area, int criteria, int attempts, int learners, double averageLevel) {
    }

    /** One case or question. */
    record ItemAttempts(ItemType type, String itemId, String title, int attempts, int learners, double averageScore,
            int needsReview) {
    }

    /**
     * Submissions waiting for a mentor: SUBMITTED ones the grader routed to review, plus every
     * IN_REVIEW one.
     *
     * @param oldestSubmittedAt null when nothing waits
     * @param ages waiting submissions by how long they have waited
     */
    record Backlog(int waiting, int inReview, Instant oldestSubmittedAt, List<AgeBucket> ages) {

        int total() {
            return waiting + inReview;
        }
    }

    /** Submissions that have waited at least {@code from} and less than {@code to} (null: no bound). */
    record AgeBucket(String label, Duration from, Duration to, int count) {
    }

    /**
     * @param available false while no {@link ReviewTurnaround} exists
     * @param median null when available but nothing has been reviewed yet
     */
    record Turnaround(boolean available, Duration median) {
    }

    /** A learner on the at-risk list. */
    record AtRiskLearner(long id, String name, Instant lastActivity, List<Reason> reasons) {
    }

    int totalLessons() {
        return modules.stream().mapToInt(ModuleColumn::lessons).sum();
    }

    int lessonsCompleted() {
        return learners.stream().mapToInt(LearnerRow::completed).sum();
    }

    int submittedAttempts() {
        return learners.stream().mapToInt(LearnerRow::attempts).sum();
    }
}
