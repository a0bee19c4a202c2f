package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.praxis.app.account.AccountService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.notification.NotificationService;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.scoring.grading.CriterionGrade;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review journey in a real browser: the demo mentor claims a fresh submission of the demo
 * learner from the queue, changes the level of one criterion with a comment, writes an overall
 * comment and releases; the learner then sees the bell's unread count, opens the notification
 * and finds the mentor's review next to the grader's on the feedback report.
 */
class ReviewJourneyIT extends BrowserTest {

    static final String ANSWER = "Spam hurts recipients who lose money to scams, and a wrongly hidden message from a "
            + "friend costs trust too. I would train a classifier on sender behaviour such as account age and "
            + "sending rate, because the chats are encrypted. Reviewers label a random sample every week. I would "
            + "set the spam-folder threshold for high precision and show a warning banner for the uncertain band.";

    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;

    @Test
    void mentorClaimsReviewsWithAChangedLevelAndReleasesThenTheLearnerSeesIt() {
        long learner = accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
        AttemptView started = practice.startNew(learner, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        AttemptView a = practice.submit(learner, started.id(), ANSWER);
        notifications.markAllRead(learner);
        CriterionGrade criterion = a.report().criteria().getFirst();
        int changed = criterion.level() == 3 ? 1 : 3;

        login(DemoData.MENTOR);
        // The side navigation's item for the queue (@Menu on the view).
        page.locator("#side-nav vaadin-side-nav-item[path=review]").click();
        page.waitForURL(Pattern.compile(".*/review$"));
        assertThat(page.locator("#queue-row-" + a.id())).containsText("Lena Learner");
        page.locator("#claim-" + a.id()).click();
        page.waitForURL(Pattern.compile(".*/review/" + a.id() + "$"));
        assertThat(page.locator("#answer-text .evidence").first()).isVisible();
        assertThat(page.locator("#claim-bar")).containsText("Claimed by you");

        String before = status();
        page.locator("#level-" + criterion.criterionId() + " vaadin-radio-button").nth(changed).click();
        waitForSaveAfter(before);
        assertThat(page.locator("#level-text-" + criterion.criterionId()))
                .containsText("Changed from the grader's " + criterion.level());
        before = status();
        page.locator("#comment-" + criterion.criterionId() + " textarea").fill("Name who is hurt by each error.");
        waitForSaveAfter(before);
        before = status();
        page.locator("#overall-comment textarea").fill("A clear plan. Make the cost of each error concrete.");
        waitForSaveAfter(before);
        page.locator("#release-review").click();
        assertThat(page.locator("#review-history")).containsText("Version 1");
        assertThat(page.locator("#amend-review")).isVisible();

        context.clearCookies();
        login(DemoData.LEARNER);
        assertThat(page.locator("#notification-count")).hasText("1");
        page.locator("#notification-bell").click();
        Locator list = page.locator("#notification-list");
        assertThat(list).containsText("Marco Mentor reviewed your answer");
        list.locator("a").first().click();
        page.waitForURL(Pattern.compile(".*/practice/attempt/" + a.id() + "$"));
        Locator review = page.locator("#mentor-review");
        assertThat(review).containsText("Marco Mentor");
        assertThat(review).containsText("grader " + criterion.level() + " → mentor " + changed);
        assertThat(review).containsText("Name who is hurt by each error.");
        assertThat(review).containsText("A clear plan.");
        assertThat(page.locator("#overall-score")).containsText("/100");
        assertThat(page.locator("#notification-count")).isHidden();
    }

    private String status() {
        return page.locator("#review-save-status").getAttribute("data-version");
    }

    /** Waits until the review autosaved once more than when {@code version} was read. */
    private void waitForSaveAfter(String version) {
        page.waitForFunction("v => document.querySelector('#review-save-status')?.dataset.version !== v", version);
    }
}
