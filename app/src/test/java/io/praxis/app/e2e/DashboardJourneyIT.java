package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.praxis.app.account.Account;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.account.AccountService;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.study.StudyService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tracking in a real browser: the admin opens the cohort dashboard from the menu, sees the demo
 * learner's progress in the heatmap and the charts, downloads the progress CSV and opens the
 * learner's page; a learner named with markup shows as text and runs no script; a learner who
 * tries the dashboard's address is refused.
 */
class DashboardJourneyIT extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    StudyService study;

    long id(DemoData.DemoAccount account) {
        return accounts.findByEmail(account.email()).orElseThrow().getId();
    }

    long demoCohort() {
        return cohorts.findByName(DemoData.COHORT).orElseThrow().getId();
    }

    @Test
    void adminOpensTheDashboardAndSeesTheDemoLearnersProgress() throws IOException {
        long lena = id(DemoData.LEARNER);
        int lessons = study.curriculum().lessons().size();
        login(DemoData.ADMIN);
        page.locator("#nav-dashboard").click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));
        page.locator("#dashboard-cohort-" + demoCohort()).click();
        page.waitForURL(Pattern.compile(".*/dashboard/" + demoCohort() + "$"));

        assertThat(page.locator("#dashboard-title")).hasText(DemoData.COHORT);
        assertThat(page.locator("#learner-link-" + lena)).hasText(DemoData.LEARNER.name());
        assertThat(page.locator("#progress-heatmap-table vaadin-grid-cell-content")
                .getByText("3/" + lessons, new Locator.GetByTextOptions().setExact(true))).hasCount(1);
        assertThat(page.locator("#progress-heatmap-table [part~='heat-1']").first()).isVisible();
        assertThat(page.locator("#weekly-lessons")).isVisible();
        assertThat(page.locator("#criterion-averages")).isVisible();
        page.locator("#weekly-lessons-numbers summary").click();
        assertThat(page.locator("#weekly-lessons-table")).isVisible();
        assertThat(page.locator("#at-risk-table")).containsText(DemoData.LEARNER_2.name());

        Download download = page.waitForDownload(() -> page.locator("#export-progress").click());
        assertThat(download.suggestedFilename()).isEqualTo("cohort-" + demoCohort() + "-progress.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).anySatisfy(line -> assertThat(line)
                .startsWith(DemoData.LEARNER.name() + "," + DemoData.LEARNER.email() + ",active,")
                .contains(",3," + lessons + ","));

        page.locator("#learner-link-" + lena).click();
        page.waitForURL(Pattern.compile(".*/learners/" + lena + "$"));
        assertThat(page.locator("#learner-name")).hasText(DemoData.LEARNER.name());
        assertThat(page.locator("#learner-progress-total")).containsText("3 of " + lessons);
        assertThat(page.locator("#learner-attempts tbody tr")).not().hasCount(0);
        assertThat(page.locator("#learner-plan-pace")).containsText("in the plan.");
        assertThat(page.locator("#learner-reviews-table")).containsText(DemoData.MENTOR.name());
    }

    @Test
    void aNameFullOfMarkupIsShownAsTextInTheBrowser() {
        String payload = "<img src=x onerror=\"window.__xss=1\">Eve<script>window.__xss=2</script>";
        LocalDate start = LocalDate.now().minusWeeks(3);
        Cohort cohort = cohorts.create("Markup cohort " + System.nanoTime(), start, start.plusDays(90));
        Account eve = accounts.create("eve-" + System.nanoTime() + "@praxis.test", payload, "eve-password-2026",
                Role.LEARNER);
        cohorts.enrol(cohort.getId(), eve.getId());

        login(DemoData.ADMIN);
        page.navigate(url("dashboard/" + cohort.getId()));
        assertThat(page.locator("#learner-link-" + eve.getId())).hasText(payload);
        assertThat(page.locator("#at-risk-link-" + eve.getId())).hasText(payload);
        assertThat(page.locator("#cohort-dashboard img")).hasCount(0);
        page.navigate(url("learners/" + eve.getId()));
        assertThat(page.locator("#learner-name")).hasText(payload);
        assertThat(page.locator("#learner-detail img")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__xss === undefined"))
                .as("no script of the name ran").isEqualTo(true);
    }

    @Test
    void aLearnerIsRefusedTheDashboard() {
        login(DemoData.LEARNER_2);
        assertThat(page.locator("#nav-dashboard")).hasCount(0);
        page.navigate(url("dashboard/" + demoCohort()));
        assertThat(page.locator("#access-denied")).isVisible();
        page.navigate(url("learners/" + id(DemoData.LEARNER)));
        assertThat(page.locator("#access-denied")).isVisible();
    }
}
