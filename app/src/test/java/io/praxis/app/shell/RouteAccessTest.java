package io.praxis.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.journal.JournalService;
import io.praxis.app.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import io.praxis.app.security.LoginView;
import io.praxis.app.shell.RouteAccessTable.Entry;
import io.praxis.app.shell.RouteAccessTable.Who;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Opens every route of {@link RouteAccessTable} as every kind of visitor and checks that the
 * server lets in exactly those the table allows: anonymous visitors who may not enter land on
 * the log-in page, signed-in users who may not enter get the access-denied or not-found page.
 */
abstract class RouteAccessTest extends SpringBrowserlessTest {

    abstract Who who();

    @TestFactory
    Stream<DynamicTest> everyRouteAsThisVisitor() {
        return RouteAccessTable.ROUTES.stream().map(entry -> DynamicTest.dynamicTest(
                who() + " → /" + entry.address(), () -> check(entry)));
    }

    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    io.praxis.app.cohort.CohortService cohorts;
    @Autowired
    JournalService journal;

    /** The demo learner's first submitted attempt, the one real id the attempt route can open. */
    private String resolve(String address) {
        if (address.contains(RouteAccessTable.DEMO_COHORT)) {
            return address.replace(RouteAccessTable.DEMO_COHORT,
                    String.valueOf(cohorts.findByName(DemoData.COHORT).orElseThrow().getId()));
        }
        if (address.contains(RouteAccessTable.DEMO_LEARNER)) {
            return address.replace(RouteAccessTable.DEMO_LEARNER,
                    String.valueOf(accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId()));
        }
        if (address.contains(RouteAccessTable.DEMO_JOURNAL_ENTRY)) {
            long learner = accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
            return address.replace(RouteAccessTable.DEMO_JOURNAL_ENTRY,
                    String.valueOf(journal.entries(learner).getLast().id()));
        }
        if (!address.contains(RouteAccessTable.DEMO_ATTEMPT)) {
            return address;
        }
        long learner = accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
        long attempt = practice.attemptsOf(learner).stream().filter(a -> !a.isDraft()).findFirst().orElseThrow().id();
        return address.replace(RouteAccessTable.DEMO_ATTEMPT, String.valueOf(attempt));
    }

    private void check(Entry entry) {
        String[] parts = resolve(entry.address()).split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1 ? QueryParameters.fromString(parts[1]) : QueryParameters.empty());
        HasElement view = getCurrentView();
        String target = RouteConfiguration.forApplicationScope().getRoute(parts[0])
                .map(Class::getName).orElse("?");
        boolean allowed = entry.allowed().contains(who());
        if (allowed) {
            assertThat(view.getClass().getName()).as("%s may open /%s", who(), entry.address()).isEqualTo(target);
        } else if (who() == Who.ANONYMOUS) {
            assertThat(view).as("anonymous visit to /%s goes to log-in", entry.address()).isInstanceOf(LoginView.class);
        } else {
            assertThat(view).as("%s may not open /%s", who(), entry.address())
                    .isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        }
    }

    @SpringBootTest
    @ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
    @WithAnonymousUser
    static class AsAnonymous extends RouteAccessTest {
        @Override
        Who who() {
            return Who.ANONYMOUS;
        }

        /** The table must name every registered route, so no view escapes the access check. */
        @Test
        void tableCoversEveryRoute() {
            var registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .map(RouteData::getTemplate).sorted().toList();
            var tabled = RouteAccessTable.ROUTES.stream().map(Entry::template).sorted().toList();
            assertThat(tabled).containsExactlyElementsOf(registered);
        }
    }

    @SpringBootTest
    @ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
    @WithMockUser(username = "learner@praxis.demo", roles = "LEARNER")
    static class AsLearner extends RouteAccessTest {
        @Override
        Who who() {
            return Who.LEARNER;
        }
    }

    @SpringBootTest
    @ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
    @WithMockUser(username = "mentor@praxis.demo", roles = "MENTOR")
    static class AsMentor extends RouteAccessTest {
        @Override
        Who who() {
            return Who.MENTOR;
        }
    }

    @SpringBootTest
    @ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
    @WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
    static class AsAdmin extends RouteAccessTest {
        @Override
        Who who() {
            return Who.ADMIN;
        }
    }

    static {
        // Keep the demo e-mails in one place: the annotations above must match DemoData.
        assert DemoData.LEARNER.email().equals("learner@praxis.demo");
    }
}
