package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.praxis.app.demo.DemoData;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The practice journey in a real browser: a draft that survives a reload, submission,
 * highlighted feedback with lesson links, a retry and the trend; and a mock interview whose
 * time runs out (shortened to a few seconds here) and submits what was written.
 */
@TestPropertySource(properties = "praxis.practice.mock-seconds=8")
class PracticeJourneyIT extends BrowserTest {

    static final String ANSWER = "Spam hurts recipients who lose money to scams, and blocking a real message from a "
            + "friend costs trust too. I would train a classifier on sender behaviour such as account age and "
            + "sending rate, and set the spam folder threshold for high precision with a warning banner for the "
            + "uncertain band. Reviewers label a random sample every week and we keep a gold set for evaluation.";

    @Test
    void draftSurvivesReloadThenFeedbackRetryAndTrend() {
        login(DemoData.LEARNER_2);
        page.navigate(url("practice/case/writing-assistant"));
        page.locator("#start-practice").click();
        page.locator("#answer-editor textarea").fill(ANSWER);
        assertThat(page.locator("#save-status")).containsText("Saved");
        page.reload();
        assertThat(page.locator("#answer-editor textarea")).hasValue(ANSWER);
        assertThat(page.locator("#save-status")).containsText("restored");

        page.locator("#submit-answer").click();
        page.waitForURL(Pattern.compile(".*/practice/attempt/\\d+$"));
        assertThat(page.locator("#overall-score")).containsText("/100");
        assertThat(page.locator("#answer-text .evidence").first()).isVisible();
        assertThat(page.locator("#criteria .lesson-link").first()).isVisible();

        page.locator("#retry").click();
        page.waitForURL(Pattern.compile(".*/practice/case/writing-assistant$"));
        page.locator("#answer-editor textarea").fill(ANSWER + " I would launch in shadow mode and then run an A/B "
                + "test on a small share of traffic with a rollback plan.");
        assertThat(page.locator("#save-status")).containsText("Saved");
        page.locator("#submit-answer").click();
        page.waitForURL(Pattern.compile(".*/practice/attempt/\\d+$"));
        page.locator("#progress-link").click();
        assertThat(page.locator("svg").first()).isVisible();
        assertThat(page.locator("#trend-chart-table")).containsText("drafts email replies");
    }

    @Test
    void mockInterviewSubmitsWhatWasWrittenWhenTimeRunsOut() {
        login(DemoData.LEARNER_2);
        page.navigate(url("practice/case/meeting-summaries"));
        page.locator("#start-mock").click();
        assertThat(page.locator("#countdown")).isVisible();
        page.locator("#answer-editor textarea").fill(ANSWER);
        page.waitForURL(Pattern.compile(".*/practice/attempt/\\d+\\?timeup.*"),
                new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.locator("#time-up-note")).isVisible();
        assertThat(page.locator("#answer-text")).containsText("Spam hurts recipients");
    }
}
