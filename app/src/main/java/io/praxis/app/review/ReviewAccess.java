package io.praxis.app.review;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeService;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may review whose work, checked on the server for every call: mentors and admins review;
 * an admin sees every learner, a mentor only learners who share one of their cohorts.
 * Submissions a reviewer may not see are reported exactly like missing ones.
 */
@Component
class ReviewAccess {

    private final AccountService accounts;
    private final CohortService cohorts;
    private final PracticeService practice;

    ReviewAccess(AccountService accounts, CohortService cohorts, PracticeService practice) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.practice = practice;
    }

    /**
     * The active mentor or admin with this id.
     *
     * @throws AccessDeniedException for anyone else (learners, deactivated or unknown accounts)
     */
    Account reviewer(long accountId) {
        Account a = accounts.findById(accountId).filter(Account::isActive)
                .orElseThrow(() -> new AccessDeniedException("Not a reviewer"));
        if (a.getRole() != Role.MENTOR && a.getRole() != Role.ADMIN) {
            throw new AccessDeniedException("Only mentors and admins review submissions");
        }
        return a;
    }

    boolean maySee(Account reviewer, long learnerId) {
        return reviewer.getRole() == Role.ADMIN || cohorts.shareACohort(reviewer.getId(), learnerId);
    }

    /** {@link #maySee} for many learners, asking the database once per learner. */
    LongPredicate learnerFilter(Account reviewer) {
        Map<Long, Boolean> known = new HashMap<>();
        return learnerId -> known.computeIfAbsent(learnerId, id -> maySee(reviewer, id));
    }

    /**
     * A submitted attempt the reviewer may see.
     *
     * @throws AccessDeniedException when it does not exist, is a draft, or belongs to a learner
     *     outside the reviewer's cohorts (one message for all three: ids reveal nothing)
     */
    AttemptView reviewable(Account reviewer, long attemptId) {
        AttemptView a = practice.forReview(attemptId).orElse(null);
        if (a == null || a.report() == null || !maySee(reviewer, a.userId())) {
            throw new AccessDeniedException("No submission " + attemptId + " for this reviewer");
        }
        return a;
    }

    /** Display names by account id, for lists that name many people. */
    Map<Long, String> names() {
        Map<Long, String> out = new HashMap<>();
        accounts.findAll().forEach(a -> out.put(a.getId(), a.getDisplayName()));
        return out;
    }
}
