package io.praxis.app.dashboard;

import io.praxis.app.dashboard.AtRiskRules.PaceRule;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import io.praxis.app.dashboard.CohortDashboard.AreaAverage;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.ItemType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One learner as their mentor or admin sees them (see {@link DashboardService#learner}).
 *
 * @param cohort the cohort the page is about (for a mentor, the newest they share with the
 *     learner; for an admin, the learner's newest); null when the learner is in none
 * @param lastActivity null when there was none
 * @param attempts submitted attempts, newest first; drafts are private and never listed
 * @param areas average level per skill area over the learner's attempts, weakest first
 * @param atRisk the at-risk reasons that apply today; empty when none
 */
record LearnerDetail(long id, String name, String email, boolean active, CohortRef cohort, List<ModuleRow> modules,
        Instant lastActivity, List<AttemptRow> attempts, List<AreaAverage> areas, Reviews reviews, Plan plan,
        List<Reason> atRisk, PaceRule paceRule) {

    /** The cohort of the page. */
    record CohortRef(long id, String name, LocalDate start, LocalDate end) {
    }

    /** Progress in one module. */
    record ModuleRow(String id, String title, int completed, int total) {
    }

    /** One submitted attempt. */
    record AttemptRow(long id, ItemType type, String itemTitle, Instant submittedAt, AttemptStatus status, int score,
            double confidence, boolean needsReview) {
    }

    /**
     * @param available false while no {@link ReviewHistory} exists
     * @param entries released reviews, newest first
     */
    record Reviews(boolean available, List<ReviewHistory.ReviewEntry> entries) {
    }

    /**
     * @param available false while no {@link PlanPace} exists
     * @param pace null when available but the learner has no plan
     */
    record Plan(boolean available, PlanPace.Pace pace) {
    }

    int completed() {
        return modules.stream().mapToInt(ModuleRow::completed).sum();
    }

    int totalLessons() {
        return modules.stream().mapToInt(ModuleRow::total).sum();
    }
}
