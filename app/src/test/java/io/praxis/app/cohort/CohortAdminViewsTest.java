package io.praxis.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.praxis.app.MutableClock;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditLogView;
import io.praxis.app.demo.DemoData;
import io.praxis.app.people.ResetPasswordView;
import io.praxis.app.shell.NotFoundView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(MutableClock.Config.class)
@WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
class CohortAdminViewsTest extends SpringBrowserlessTest {

    /** Markup that would run if it were ever put into the page as HTML. */
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String LINK = "<a href=\"javascript:alert(1)\">me</a>";

    @Autowired
    CohortAdminService cohortAdmin;
    @Autowired
    AccountService accounts;

    long admin;
    String tag;

    @BeforeEach
    void setUp() {
        admin = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow().getId();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    long cohort(String name) {
        return cohortAdmin.create(admin, new CohortAdminService.CohortDraft(name, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 4, 2), Set.of())).id();
    }

    String email(String who) {
        return who + "-" + tag + "@example.org";
    }

    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void creatingACohortShowsProblemsBesideTheFieldsAndKeepsTheValues() {
        navigate("admin/cohorts", CohortsView.class);
        TextField name = $(TextField.class).id("cohort-name");
        DatePicker start = $(DatePicker.class).id("cohort-start");
        DatePicker end = $(DatePicker.class).id("cohort-end");
        test(start).setValue(LocalDate.of(2027, 3, 1));
        test(end).setValue(LocalDate.of(2027, 2, 1));
        test($(Button.class).id("cohort-save")).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("name is required");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).contains("must not be before the start date");
        assertThat(start.isInvalid()).isFalse();
        assertThat(start.getValue()).as("values are kept").isEqualTo(LocalDate.of(2027, 3, 1));

        test(name).setValue("Views " + tag);
        test(end).setValue(LocalDate.of(2027, 5, 28));
        test($(Button.class).id("cohort-save")).click();
        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).id("cohort-title").getText()).isEqualTo("Views " + tag);
    }

    @Test
    void aCsvWithOneBadRowIsReportedByLineAndOnlyTheValidRowsImportWhenAsked() {
        long cohort = cohort("Csv " + tag);
        navigate("admin/cohorts/" + cohort, CohortView.class);
        String csv = "email,name\n" + email("ana") + ",Ana Lima\nnot-an-address,Broken Row\n" + email("bo") + ",Bo Chen\n";
        test($(Upload.class).id("csv-upload")).upload("roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("csv-summary").getText()).startsWith("Checked roster.csv: 3 rows.")
                .contains("2 will be created").contains("1 wrong");
        assertThat($(UnorderedList.class).id("csv-wrong").getElement().getTextRecursively())
                .contains("Line 3").contains("not-an-address");
        assertThat($(Button.class).id("csv-import").isEnabled()).as("no accidental partial import").isFalse();
        assertThat(accounts.findByEmail(email("ana"))).isEmpty();

        test($(Button.class).id("csv-import-valid")).click();

        assertThat($(Paragraph.class).id("csv-summary").getText()).startsWith("Imported roster.csv")
                .contains("2 created").contains("1 not imported: wrong");
        assertThat(accounts.findByEmail(email("ana"))).isPresent();
        assertThat(accounts.findByEmail(email("bo"))).isPresent();
        var grid = test((Grid<?>) $(Grid.class).id("csv-rows"));
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 4)).contains("/reset/");
        assertThat(grid.getCellText(1, 0)).isEqualTo("3");
        assertThat($(Anchor.class).id("csv-links")).isNotNull();
        assertThat($(Div.class).id("cohort-learners").getElement().getTextRecursively()).contains("Ana Lima")
                .contains("Bo Chen").doesNotContain("Broken Row");
    }

    @Test
    void markupInNamesAndAddressesIsShownAsText() {
        String cohortName = "Cohort " + IMG + " " + tag;
        long cohort = cohort(cohortName);
        navigate("admin/cohorts/" + cohort, CohortView.class);
        String csv = "email,name\n" + email("xss1") + ",\"" + SCRIPT.replace("\"", "\"\"") + "\"\n" + email("xss2") + ",\""
                + LINK.replace("\"", "\"\"") + "\"\n\"" + IMG + "@example.org\",Bad Address\n";
        test($(Upload.class).id("csv-upload")).upload("x.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        test($(Button.class).id("csv-import-valid")).click();

        String roster = $(Div.class).id("cohort-learners").getElement().getTextRecursively();
        assertThat(roster).contains(SCRIPT).contains(LINK);
        assertThat($(UnorderedList.class).id("csv-wrong").getElement().getTextRecursively()).contains(IMG);
        assertThat($(com.vaadin.flow.component.html.H1.class).id("cohort-title").getText()).isEqualTo(cohortName);
        assertThat($(Html.class).all()).as("no raw HTML anywhere on the page").isEmpty();

        navigate("admin/cohorts", CohortsView.class);
        assertThat($(Anchor.class).id("cohort-link-" + cohort).getText()).isEqualTo(cohortName);
        navigate("admin/audit", AuditLogView.class);
        test($(TextField.class).id("audit-text")).setValue(tag);
        assertThat($(Div.class).id("audit-entries").getElement().getTextRecursively()).contains(cohortName)
                .contains(email("xss1"));
        assertThat($(Html.class).all()).isEmpty();
    }

    @Test
    void enrollingANewAddressShowsAWelcomeLinkThatSetsThePasswordOnce() {
        long cohort = cohort("Enrol " + tag);
        navigate("admin/cohorts/" + cohort, CohortView.class);
        test($(EmailField.class).id("enrol-email")).setValue(email("new"));
        test($(Button.class).id("enrol-submit")).click();
        assertThat($(TextField.class).id("enrol-name").isInvalid()).as("a new account needs a name").isTrue();
        assertThat($(EmailField.class).id("enrol-email").getValue()).isEqualTo(email("new"));

        test($(TextField.class).id("enrol-name")).setValue("New Learner");
        test($(Button.class).id("enrol-submit")).click();
        assertThat($(Paragraph.class).id("enrol-result").getText()).contains("Created an account for New Learner");
        String link = $(TextField.class).id("enrol-link").getValue();
        assertThat(link).contains("/reset/");
        assertThat($(Div.class).id("cohort-learners").getElement().getTextRecursively()).contains(email("new"));

        String token = link.substring(link.indexOf("/reset/") + "/reset/".length());
        navigate("reset/" + token, ResetPasswordView.class);
        assertThat($(Paragraph.class).id("reset-account").getText()).contains("Welcome, New Learner");
        test($(PasswordField.class).id("reset-password")).setValue("short");
        test($(PasswordField.class).id("reset-repeat")).setValue("short");
        test($(Button.class).id("reset-submit")).click();
        assertThat($(PasswordField.class).id("reset-password").getErrorMessage())
                .contains("at least " + AccountService.MIN_PASSWORD_LENGTH);
        test($(PasswordField.class).id("reset-password")).setValue("a long pass phrase");
        test($(PasswordField.class).id("reset-repeat")).setValue("a long pass phrase");
        test($(Button.class).id("reset-submit")).click();
        assertThat($(Paragraph.class).id("reset-done").getText()).contains(email("new"));

        navigate("reset/" + token, ResetPasswordView.class);
        assertThat($(Paragraph.class).id("reset-message").getText()).contains("already been used");
        assertThat($(PasswordField.class).all()).isEmpty();
    }

    @Test
    void anInviteLinkLetsAVisitorJoinAndUnknownCodesAreExplained() {
        long cohort = cohort("Invite " + tag);
        navigate("admin/cohorts/" + cohort, CohortView.class);
        test($(IntegerField.class).id("invite-days")).setValue(null);
        test($(Button.class).id("invite-create")).click();
        assertThat($(IntegerField.class).id("invite-days").getErrorMessage()).contains("between 1 and 90");
        test($(IntegerField.class).id("invite-days")).setValue(7);
        test($(Button.class).id("invite-create")).click();
        String link = $(TextField.class).id("invite-link").getValue();
        assertThat(link).containsPattern("/join/[A-Z2-9]{12}$");

        navigate(link.substring(link.indexOf("join/")), JoinView.class);
        assertThat($(Paragraph.class).id("join-cohort").getText()).contains("Invite " + tag);
        test($(TextField.class).id("join-name")).setValue("Joiner " + SCRIPT);
        test($(EmailField.class).id("join-email")).setValue(email("joiner"));
        test($(PasswordField.class).id("join-password")).setValue("a long pass phrase");
        test($(PasswordField.class).id("join-repeat")).setValue("a different phrase");
        test($(Button.class).id("join-submit")).click();
        assertThat($(PasswordField.class).id("join-repeat").getErrorMessage()).contains("do not match");
        assertThat($(TextField.class).id("join-name").getValue()).as("nothing typed is lost").isEqualTo("Joiner " + SCRIPT);
        test($(PasswordField.class).id("join-repeat")).setValue("a long pass phrase");
        test($(Button.class).id("join-submit")).click();
        assertThat($(Paragraph.class).id("join-done").getText()).contains("Welcome, Joiner " + SCRIPT);
        assertThat(accounts.findByEmail(email("joiner")).orElseThrow().getRole()).isEqualTo(Role.LEARNER);
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners()).extracting(CohortAdminService.Member::email)
                .containsExactly(email("joiner"));

        navigate("join/NOSUCHCODE00", JoinView.class);
        assertThat($(Paragraph.class).id("join-message").getText()).contains("not valid");
        assertThat($(TextField.class).all()).isEmpty();
    }

    @Test
    void anUnknownCohortIsNotFound() {
        navigate("admin/cohorts/999999", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("admin/cohorts/abc", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
