package io.praxis.app.dashboard;

import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The cohort dashboard as tests outside this package see it: {@link DashboardService} and what
 * it returns are package-private, so tests of other packages (the PostgreSQL run in
 * {@code io.praxis.app.ops}) read the figures through here. Every call goes through the
 * service, with its access checks.
 */
public final class DashboardReadout {

    /** One learner row of the dashboard. */
    public record Learner(long id, String name, int completed, int attempts) {
    }

    /**
     * The parts of a cohort dashboard the callers check.
     *
     * @param turnaroundAvailable whether a review-turnaround source exists
     * @param medianTurnaround null when nothing was reviewed yet
     */
    public record Summary(long cohortId, String cohortName, List<Learner> learners, int submittedAttempts,
            boolean turnaroundAvailable, Duration medianTurnaround) {
    }

    private final DashboardService dashboards;

    public DashboardReadout(ApplicationContext context) {
        this.dashboards = context.getBean(DashboardService.class);
    }

    /** The dashboard of a cohort, read as {@code viewerId}. */
    public Summary dashboard(long viewerId, long cohortId) {
        CohortDashboard d = dashboards.dashboard(viewerId, cohortId);
        return new Summary(d.cohortId(), d.cohortName(), d.learners().stream()
                .map(l -> new Learner(l.id(), l.name(), l.completed(), l.attempts())).toList(), d.submittedAttempts(),
                d.turnaround().available(), d.turnaround().median());
    }

    /** The progress export (one row per learner). */
    public String progressCsv(long viewerId, long cohortId) {
        return dashboards.progressCsv(viewerId, cohortId);
    }

    /** The scores export (one row per submitted attempt). */
    public String scoresCsv(long viewerId, long cohortId) {
        return dashboards.scoresCsv(viewerId, cohortId);
    }
}
