package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.praxis.app.demo.DemoData;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A learner studies: catalog, a lesson, mark complete, and search by misspelling and synonym. */
class StudyJourneyIT extends BrowserTest {

    @Test
    void learnerOpensALessonMarksItCompleteAndSeesProgress() {
        login(DemoData.LEARNER_2);
        page.navigate(url("study"));
        page.locator("#lesson-link-monitoring-drift").click();
        page.waitForURL(Pattern.compile(".*/study/monitoring-drift$"));
        assertThat(page.locator("#toc")).containsText("Common mistakes");
        assertThat(page.locator("#reading-time")).containsText("min read");
        page.locator("#mark-complete").click();
        assertThat(page.locator("#mark-complete")).hasAttribute("data-complete", "true");
        page.navigate(url("study"));
        assertThat(page.locator("#progress-text-ai-product-lifecycle")).containsText("1 of");
    }

    @Test
    void searchFindsLessonsByMisspellingAndSynonymAndDeepLinksToTheSection() {
        login(DemoData.LEARNER_2);
        page.navigate(url("search?q=" + "retreival%20augmented%20generaton"));
        assertThat(page.locator("#did-you-mean")).containsText("retrieval augmented generation");
        assertThat(page.locator("#search-results")).containsText("Prompting, retrieval-augmented generation");
        page.navigate(url("search?q=split%20test&type=lesson"));
        page.locator("#search-results .praxis-hit-title").first().click();
        page.waitForURL(Pattern.compile(".*/study/ab-testing-ai-features.*"));
        assertThat(page.locator("#lesson h1")).isVisible();
    }

    @Test
    void headerSearchBoxAutocompletesAndSlashFocusesIt() {
        login(DemoData.LEARNER_2);
        page.keyboard().press("/");
        page.keyboard().type("injec");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("prompt injection", Pattern.CASE_INSENSITIVE))).first().click();
        page.waitForURL(Pattern.compile(".*/(study|glossary)/.*"));
    }
}
