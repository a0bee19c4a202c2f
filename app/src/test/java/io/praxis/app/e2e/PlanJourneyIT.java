package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.praxis.app.demo.DemoData;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 90-day plan and journal in a real browser, as Sam (whose cohort started three weeks
 * ago, so this is week 4): this week's tasks, a linked lesson completed that ticks its task,
 * a task checked off with a reflection, and a journal entry written and found by search.
 */
class PlanJourneyIT extends BrowserTest {

    @Test
    void learnerFollowsThePlanAndKeepsAJournal() {
        login(DemoData.LEARNER_2);
        page.locator("#side-nav vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("90-day plan")).click();
        page.waitForURL(Pattern.compile(".*/plan$"));
        assertThat(page.locator("#plan-week")).hasAttribute("data-week", "4");
        assertThat(page.locator("#plan-week-title")).containsText("This week");
        assertThat(page.locator("#task-w04-confusion-matrix")).hasAttribute("data-status", "due");
        assertThat(page.locator("#plan-overview-week-13")).isVisible();
        assertThat(page.locator("#plan-pace")).isVisible();

        // The task links the lesson it needs; completing the lesson ticks the task.
        page.locator("#task-w04-confusion-matrix-lesson-confusion-matrix-metrics").click();
        page.waitForURL(Pattern.compile(".*/study/confusion-matrix-metrics$"));
        page.locator("#mark-complete").click();
        assertThat(page.locator("#mark-complete")).hasAttribute("data-complete", "true");
        page.navigate(url("plan"));
        assertThat(page.locator("#task-w04-confusion-matrix")).hasAttribute("data-status", "done");
        assertThat(page.locator("#task-w04-confusion-matrix-status")).containsText("Done automatically");

        // Check off a task by hand, with a reflection; both survive a reload.
        String reflection = "Sent the teardown to a colleague; she asked which error hurts users more.";
        page.locator("#task-w04-finish-teardown-reflection textarea").fill(reflection);
        page.locator("#task-w04-finish-teardown-check").click();
        assertThat(page.locator("#task-w04-finish-teardown")).hasAttribute("data-status", "done");
        page.reload();
        assertThat(page.locator("#task-w04-finish-teardown-status")).containsText("Done on");
        assertThat(page.locator("#task-w04-finish-teardown-reflection textarea")).hasValue(reflection);

        // Write a journal entry and find it again by search.
        String word = "calibration" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#task-w04-finish-teardown-journal").click();
        page.waitForURL(Pattern.compile(".*/journal\\?task=w04-finish-teardown$"));
        page.locator("#journal-title input").fill("What the teardown taught me");
        page.locator("#journal-editor textarea").fill("Error costs decide the threshold, not **accuracy**. "
                + "Next: read about " + word + ".");
        page.locator("#journal-save").click();
        assertThat(page.locator("#journal-count")).containsText("1 entry");
        page.locator("#journal-search input").fill(word.toUpperCase());
        assertThat(page.locator("#journal-count")).containsText("1 matching entry");
        assertThat(page.locator("#journal-entries")).containsText("What the teardown taught me");
        assertThat(page.locator("#journal-entries strong")).hasText("accuracy");
        page.locator("#journal-search input").fill("no-such-word-anywhere");
        assertThat(page.locator("#journal-count")).containsText("0 matching entries");
    }
}
