package io.praxis.app.review;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.demo.DemoActivity;
import io.praxis.app.demo.DemoData;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo learner: the demo mentor has reviewed and released the learner's first answer to a case
 * (the older spam-detection try), so that the learner has a mentor review and a notification,
 * the mentor's queue still holds the retry, and the cohort dashboard shows a review turnaround.
 * Runs after the practice demo ({@link Order}), whose attempts it reviews; seeded once: nothing
 * happens when any review of the learner exists (even a claim a demo user gave back).
 */
@Component
@Order(2)
class ReviewDemoActivity implements DemoActivity {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoActivity.class);

    static final String OVERALL = "A fair start: you name the classifier and the labels. Say who is hurt by each "
            + "kind of error and why accuracy misleads when spam is rare, then pick a threshold from those costs.";

    private final ReviewService reviews;
    private final ReviewRepository stored;
    private final PracticeService practice;
    private final AccountService accounts;

    ReviewDemoActivity(ReviewService reviews, ReviewRepository stored, PracticeService practice,
            AccountService accounts) {
        this.reviews = reviews;
        this.stored = stored;
        this.practice = practice;
        this.accounts = accounts;
    }

    @Override
    public void seed(Account learner) {
        if (stored.existsByLearnerId(learner.getId())) {
            return;
        }
        Account mentor = accounts.findByEmail(DemoData.MENTOR.email()).orElse(null);
        AttemptView first = practice.attemptsOf(learner.getId()).stream()
                .filter(a -> a.itemType() == ItemType.CASE && a.status() == AttemptStatus.SUBMITTED
                        && a.report() != null)
                .findFirst().orElse(null);
        if (mentor == null || !mentor.isActive() || first == null) {
            return;
        }
        try {
            ReviewService.ReviewSheet sheet = reviews.claim(mentor.getId(), first.id());
            reviews.release(mentor.getId(), first.id(), sheet.draft().withOverall(OVERALL), sheet.reviewVersion());
        } catch (RuntimeException e) {
            // An old demo database can hold states this seed never made (a mentor moved out of the
            // cohort, say); demo data is a convenience and must never stop the application starting.
            log.warn("event=demo-review-skipped learner={} reason=\"{}\"", learner.getId(), e.getMessage());
        }
    }
}
