package io.praxis.app.dashboard;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which cohort and learner on the dashboard, decided from the stored accounts
 * and memberships (never from what the browser sent): an admin sees every cohort and learner;
 * a mentor only the cohorts they are a member of and those cohorts' learners; nobody else
 * anything. A refusal and a missing id throw the same {@link AccessDeniedException}, so ids
 * reveal nothing. Callers run inside a service transaction.
 */
@Component
class DashboardAccess {

    private final AccountService accounts;
    private final CohortService cohorts;

    DashboardAccess(AccountService accounts, CohortService cohorts) {
        this.accounts = accounts;
        this.cohorts = cohorts;
    }

    /** The reader: an active mentor or admin. */
    Account viewer(long viewerId) {
        Account viewer = accounts.findById(viewerId).orElseThrow(() -> denied("No account " + viewerId));
        if (!viewer.isActive() || (viewer.getRole() != Role.ADMIN && viewer.getRole() != Role.MENTOR)) {
            throw denied("Only mentors and admins see cohort dashboards");
        }
        return viewer;
    }

    /** The cohorts the reader may see, with their head counts, newest first. */
    List<CohortService.CohortSummary> visibleCohorts(Account viewer) {
        List<CohortService.CohortSummary> all = cohorts.summaries();
        if (viewer.getRole() == Role.ADMIN) {
            return all;
        }
        Set<Long> mine = cohorts.cohortsOf(viewer.getId()).stream().map(Cohort::getId).collect(Collectors.toSet());
        return all.stream().filter(s -> mine.contains(s.id())).toList();
    }

    /** A cohort the reader may see. */
    Cohort cohort(Account viewer, long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> denied("No cohort " + cohortId));
        if (viewer.getRole() == Role.ADMIN) {
            return cohort;
        }
        boolean member = viewer.getRole() == Role.MENTOR
                && cohorts.cohortsOf(viewer.getId()).stream().anyMatch(c -> c.getId() == cohortId);
        if (!member) {
            throw denied("Not a mentor of cohort " + cohortId);
        }
        return cohort;
    }

    /**
     * A learner the reader may see, with the cohort the page is about: for a mentor the newest
     * cohort they share, for an admin the learner's newest cohort (empty when in none).
     */
    LearnerInCohort learner(Account viewer, long learnerId) {
        Account learner = accounts.findById(learnerId).filter(a -> a.getRole() == Role.LEARNER)
                .orElseThrow(() -> denied("No learner " + learnerId));
        List<Cohort> learnerCohorts = cohorts.cohortsOf(learnerId);
        if (viewer.getRole() == Role.ADMIN) {
            return new LearnerInCohort(learner, learnerCohorts.stream().findFirst());
        }
        Set<Long> mentorCohorts = cohorts.cohortsOf(viewer.getId()).stream().map(Cohort::getId)
                .collect(Collectors.toSet());
        Optional<Cohort> shared = learnerCohorts.stream().filter(c -> mentorCohorts.contains(c.getId()))
                .max(Comparator.comparing(Cohort::getStartDate));
        if (viewer.getRole() != Role.MENTOR || shared.isEmpty()) {
            throw denied("Learner " + learnerId + " is in none of this mentor's cohorts");
        }
        return new LearnerInCohort(learner, shared);
    }

    /** A learner and the cohort their page is about. */
    record LearnerInCohort(Account learner, Optional<Cohort> cohort) {
    }

    private static AccessDeniedException denied(String why) {
        return new AccessDeniedException(why);
    }
}
