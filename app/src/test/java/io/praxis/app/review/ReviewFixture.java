package io.praxis.app.review;

import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import java.time.LocalDate;
import java.util.UUID;

/**
 * People and submissions for review tests, created through the services with unique names so
 * that tests sharing one Spring context never see each other's data: a cohort with a mentor and
 * a learner, a second cohort with another mentor and learner, and an admin.
 */
final class ReviewFixture {

    static final String PASSWORD = "long enough password";

    /** A case answer the grader scores in the middle, so mentors have something to change. */
    static final String ANSWER = "Spam hurts recipients who lose money to scams, and a wrongly hidden message from a "
            + "friend costs trust too. I would train a classifier on sender behaviour such as account age and "
            + "sending rate, because chats are encrypted. Reports give labels but they are noisy, so reviewers "
            + "label a random sample each week. Accuracy would mislead us because spam is rare, so I would set the "
            + "spam-folder threshold for high precision and show a warning banner for the uncertain band.";

    /** Markup that must stay inert text wherever an answer or a comment is shown. */
    static final String PAYLOAD = "<script>alert('x')</script> <img src=x onerror=alert(1)> "
            + "<a href=\"javascript:alert(1)\">link</a>";

    final long mentor;
    final long otherMentor;
    final long learner;
    final long otherLearner;
    final long admin;
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    private final PracticeService practice;

    ReviewFixture(AccountService accounts, CohortService cohorts, PracticeService practice) {
        this.practice = practice;
        mentor = accounts.create("mentor-" + tag + "@example.org", "Mona Mentor " + tag, PASSWORD, Role.MENTOR).getId();
        otherMentor = accounts.create("other-" + tag + "@example.org", "Otto Outsider " + tag, PASSWORD, Role.MENTOR)
                .getId();
        learner = accounts.create("learner-" + tag + "@example.org", "Lia Learner " + tag, PASSWORD, Role.LEARNER)
                .getId();
        otherLearner = accounts.create("far-" + tag + "@example.org", "Fay Far " + tag, PASSWORD, Role.LEARNER)
                .getId();
        admin = accounts.create("admin-" + tag + "@example.org", "Ada Admin " + tag, PASSWORD, Role.ADMIN).getId();
        LocalDate today = LocalDate.now();
        long cohort = cohorts.create("Review cohort " + tag, today, today.plusDays(90)).getId();
        cohorts.enrol(cohort, mentor);
        cohorts.enrol(cohort, learner);
        long far = cohorts.create("Far cohort " + tag, today, today.plusDays(90)).getId();
        cohorts.enrol(far, otherMentor);
        cohorts.enrol(far, otherLearner);
    }

    /** A graded submission of the learner at the spam case. */
    AttemptView submit(long learnerId) {
        return submit(learnerId, ANSWER);
    }

    AttemptView submit(long learnerId, String text) {
        AttemptView a = practice.startNew(learnerId, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        return practice.submit(learnerId, a.id(), text);
    }
}
