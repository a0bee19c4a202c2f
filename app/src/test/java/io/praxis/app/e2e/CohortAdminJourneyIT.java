package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.demo.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cohort administration in a real browser: an admin creates a cohort and imports a roster with
 * one bad row (reported by line; the others created only when the admin asks for it); a
 * learner joins with an invite link; a learner deactivated while signed in loses the session at
 * the next navigation and is turned away at sign-in.
 */
class CohortAdminJourneyIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @TempDir
    Path dir;

    @Test
    void anAdminCreatesACohortAndImportsACsvWithOneBadRow() throws IOException {
        login(DemoData.ADMIN);
        page.locator("#nav-admin-cohorts").click();
        page.waitForURL(Pattern.compile(".*/admin/cohorts$"));
        page.locator("#cohort-name input").fill("Journey cohort");
        page.locator("#cohort-start input").fill("2027-01-04");
        page.locator("#cohort-start input").press("Enter");
        page.locator("#cohort-end input").fill("2027-03-26");
        page.locator("#cohort-end input").press("Enter");
        page.locator("#cohort-save").click();
        page.waitForURL(Pattern.compile(".*/admin/cohorts/\\d+$"));
        assertThat(page.locator("#cohort-title")).hasText("Journey cohort");

        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "email,name\njourney-ana@example.org,Ana Lima\nnot-an-address,Broken Row\n"
                + "journey-bo@example.org,\"Chen, Bo\"\n", StandardCharsets.UTF_8);
        page.locator("#csv-upload input[type=file]").setInputFiles(csv);

        assertThat(page.locator("#csv-summary")).containsText("Checked roster.csv: 3 rows.");
        assertThat(page.locator("#csv-wrong")).containsText("Line 3 (not-an-address): Not a valid e-mail address");
        assertThat(page.locator("#csv-import")).hasAttribute("disabled", "");
        page.locator("#csv-import-valid").click();

        assertThat(page.locator("#csv-summary")).containsText("Imported roster.csv");
        assertThat(page.locator("#csv-summary")).containsText("2 created");
        assertThat(page.locator("#cohort-learners")).containsText("Ana Lima");
        assertThat(page.locator("#cohort-learners")).containsText("Chen, Bo");
        assertThat(page.locator("#cohort-learners")).not().containsText("Broken Row");
        assertThat(page.locator("#csv-links")).isVisible();

        page.locator("#nav-admin-audit").click();
        page.waitForURL(Pattern.compile(".*/admin/audit$"));
        assertThat(page.locator("#audit-entries .praxis-audit-entry").first()).containsText("CSV roster imported");
        assertThat(page.locator("#audit-entries .praxis-audit-entry").first()).containsText("2 created");
    }

    @Test
    void aLearnerJoinsWithAnInviteLinkAndSignsIn() {
        login(DemoData.ADMIN);
        page.navigate(url("admin/cohorts"));
        page.locator("#cohort-list a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(DemoData.COHORT))
                .click();
        page.waitForURL(Pattern.compile(".*/admin/cohorts/\\d+$"));
        page.locator("#invite-create").click();
        assertThat(page.locator("#invite-link input")).hasValue(Pattern.compile(".*/join/[A-Z2-9]{12}$"));
        String link = page.locator("#invite-link input").inputValue();
        context.clearCookies();

        page.navigate(link);
        assertThat(page.locator("#join-cohort")).containsText(DemoData.COHORT);
        page.locator("#join-name input").fill("Jo Joiner");
        page.locator("#join-email input").fill("jo-joiner@example.org");
        page.locator("#join-password input").fill("a long pass phrase");
        page.locator("#join-repeat input").fill("a long pass phrase");
        page.locator("#join-submit").click();
        assertThat(page.locator("#join-done")).containsText("Welcome, Jo Joiner");
        page.locator("#join-sign-in").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        submitLogin("jo-joiner@example.org", "a long pass phrase");
        page.waitForURL(Pattern.compile(".*:" + port + "/(\\?continue)?$"));
        assertThat(page.locator("#my-cohort")).containsText(DemoData.COHORT);
    }

    @Test
    void aDeactivatedLearnerLosesTheOpenSessionAndIsTurnedAwayAtSignIn() {
        var learner = accounts.create("journey-gone@example.org", "Gone Learner", "a long pass phrase", Role.LEARNER);
        BrowserContext learnerContext = browser.newContext();
        try {
            Page learnerPage = learnerContext.newPage();
            learnerPage.navigate(url("login"));
            learnerPage.locator("input[name=username]").fill("journey-gone@example.org");
            learnerPage.locator("input[name=password]").fill("a long pass phrase");
            learnerPage.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
            learnerPage.locator("#home").waitFor();

            login(DemoData.ADMIN);
            page.navigate(url("admin/people"));
            page.locator("#people-filter input").fill("journey-gone");
            assertThat(page.locator("#people-count")).hasText("1–1 of 1");
            page.locator("#deactivate-" + learner.getId()).click();
            assertThat(page.locator("#people-message")).containsText("can no longer sign in");

            learnerPage.locator("#nav-study").click();
            learnerPage.waitForURL(Pattern.compile(".*/login.*"));
        } finally {
            learnerContext.close();
        }
        context.clearCookies();
        page.navigate(url("login"));
        submitLogin("journey-gone@example.org", "a long pass phrase");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Account deactivated");
    }
}
