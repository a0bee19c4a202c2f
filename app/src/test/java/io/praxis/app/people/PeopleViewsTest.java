package io.praxis.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.praxis.app.MutableClock;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditAction;
import io.praxis.app.audit.AuditLogView;
import io.praxis.app.demo.DemoData;
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
class PeopleViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    Account learner(String name) {
        return accounts.create("p-" + tag + "@example.org", name, "long enough password", Role.LEARNER);
    }

    @Test
    void theAdminMenuListsCohortsPeopleAndTheAuditLogInOrder() {
        navigate("admin/people", PeopleView.class);
        var items = $(com.vaadin.flow.component.sidenav.SideNavItem.class).all().stream()
                .map(i -> i.getLabel() + "=" + i.getPath() + "#" + i.getId().orElse("")).toList();
        assertThat(items).containsSubsequence("Cohorts=admin/cohorts#nav-admin-cohorts",
                "People=admin/people#nav-admin-people", "Audit log=admin/audit#nav-admin-audit");
    }

    @Test
    void deactivatingAndReactivatingFromThePeoplePage() {
        Account a = learner("Pat " + tag);
        navigate("admin/people", PeopleView.class);
        test($(TextField.class).id("people-filter")).setValue(tag);
        assertThat($(Div.class).id("people-list").getElement().getTextRecursively()).contains("Pat " + tag);

        test($(Button.class).id("deactivate-" + a.getId())).click();
        assertThat($(Paragraph.class).id("people-message").getText()).contains("deactivated");
        assertThat(accounts.findById(a.getId()).orElseThrow().isActive()).isFalse();
        assertThat($(Button.class).withId("deactivate-" + a.getId()).exists()).isFalse();

        test($(Button.class).id("reactivate-" + a.getId())).click();
        assertThat(accounts.findById(a.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void theAdminCannotDeactivateThemselvesAndSeesWhy() {
        long self = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow().getId();
        navigate("admin/people", PeopleView.class);
        test($(TextField.class).id("people-filter")).setValue(DemoData.ADMIN.email());
        test($(Button.class).id("deactivate-" + self)).click();
        assertThat($(Paragraph.class).id("people-message").getText()).contains("your own account");
        assertThat(accounts.findById(self).orElseThrow().isActive()).isTrue();
    }

    @Test
    void aResetLinkIsShownToTheAdmin() {
        Account a = learner("Robin " + tag);
        navigate("admin/people", PeopleView.class);
        test($(TextField.class).id("people-filter")).setValue(tag);
        test($(Button.class).id("reset-" + a.getId())).click();
        assertThat($(TextField.class).id("reset-link").getValue()).containsPattern("/reset/[A-Za-z0-9_-]{43}$");
        assertThat($(Paragraph.class).id("people-message").getText()).contains("works once");
    }

    @Test
    void creatingAMentorAccountShowsItsWelcomeLinkAndProblemsBesideFields() {
        navigate("admin/people", PeopleView.class);
        test($(EmailField.class).id("new-email")).setValue(DemoData.MENTOR.email());
        test($(TextField.class).id("new-name")).setValue("Dup");
        test($(Button.class).id("new-create")).click();
        assertThat($(EmailField.class).id("new-email").getErrorMessage()).contains("already exists");

        test($(EmailField.class).id("new-email")).setValue("mentor-" + tag + "@example.org");
        test($(TextField.class).id("new-name")).setValue("Mia <b>Mentor</b>");
        test($(Button.class).id("new-create")).click();
        assertThat($(TextField.class).id("new-link").getValue()).contains("/reset/");
        assertThat(accounts.findByEmail("mentor-" + tag + "@example.org").orElseThrow().getRole()).isEqualTo(Role.MENTOR);
        test($(TextField.class).id("people-filter")).setValue(tag);
        assertThat($(Div.class).id("people-list").getElement().getTextRecursively()).contains("Mia <b>Mentor</b>");
        assertThat($(Html.class).all()).isEmpty();
    }

    @Test
    void theAuditLogShowsTheActionsAndFiltersThem() {
        Account a = learner("Audited " + tag);
        navigate("admin/people", PeopleView.class);
        test($(TextField.class).id("people-filter")).setValue(tag);
        test($(Button.class).id("deactivate-" + a.getId())).click();

        navigate("admin/audit", AuditLogView.class);
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = $(Select.class).id("audit-action");
        test(action).selectItem(AuditAction.ACCOUNT_DEACTIVATED.label());
        test($(TextField.class).id("audit-text")).setValue(tag);
        String entries = $(Div.class).id("audit-entries").getElement().getTextRecursively();
        assertThat(entries).contains("Deactivated p-" + tag + "@example.org").contains(DemoData.ADMIN.email())
                .contains("\"active\":false");
        assertThat($(Paragraph.class).id("audit-count").getText()).isEqualTo("1–1 of 1 entries");

        test(action).selectItem(AuditAction.COHORT_CREATED.label());
        assertThat($(Paragraph.class).id("audit-count").getText()).isEqualTo("0 entries");
    }
}
