package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.praxis.app.demo.DemoData;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

/** Signing in and out as every role, deep links through the log-in page, wrong passwords. */
class LoginJourneyIT extends BrowserTest {

    static Stream<DemoData.DemoAccount> roles() {
        return Stream.of(DemoData.LEARNER, DemoData.MENTOR, DemoData.ADMIN);
    }

    @ParameterizedTest
    @MethodSource("roles")
    void eachRoleSignsInSeesItsHomeAndSignsOut(DemoData.DemoAccount account) {
        login(account);
        assertThat(page.locator("#home h1")).containsText(account.name().split(" ")[0]);
        assertThat(page.locator("#user-menu")).containsText(account.name());
        switch (account.role()) {
            case LEARNER -> assertThat(page.locator("#continue-card")).isVisible();
            case MENTOR -> assertThat(page.locator("#my-cohort")).isVisible();
            case ADMIN -> assertThat(page.locator("#admin-cohort-summary")).isVisible();
        }
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        // signed out: a protected page sends us back to log-in
        page.navigate(url("study"));
        page.waitForURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void anonymousDeepLinkGoesThroughLoginAndBack() {
        page.navigate(url("study/thresholds-roc-auc"));
        page.waitForURL(Pattern.compile(".*/login.*"));
        submitLogin(DemoData.LEARNER.email(), DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/study/thresholds-roc-auc(\\?continue)?$"));
        assertThat(page.locator("#lesson h1")).containsText("ROC");
    }

    @Test
    void wrongPasswordShowsAnErrorAndStaysOnLogin() {
        page.navigate(url("login"));
        submitLogin(DemoData.LEARNER_2.email(), "not the password");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Wrong e-mail or password");
    }
}
