package io.praxis.app.cohort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import io.praxis.app.shell.HomePanel;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Home-page cards about cohorts: the admin's summary, and "your cohort" for everyone else. */
@Configuration
class CohortHomePanels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    @Bean
    HomePanel adminCohortSummary(CohortService cohorts, AccountService accounts) {
        return new Panel(Set.of(Role.ADMIN), 10, account -> {
            var summaries = cohorts.summaries();
            Div stats = new Div(
                    Cards.stat(String.valueOf(summaries.size()), "cohorts"),
                    Cards.stat(String.valueOf(accounts.countActive(Role.LEARNER)), "active learners"),
                    Cards.stat(String.valueOf(accounts.countActive(Role.MENTOR)), "active mentors"));
            stats.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xl)").set("flex-wrap", "wrap");
            Div card = Cards.card("admin-cohort-summary", "Cohorts", stats);
            if (summaries.isEmpty()) {
                card.add(Cards.empty("No cohort yet. Create one and enrol learners to get started.", null, null));
            }
            summaries.forEach(s -> card.add(new Paragraph(s.name() + " · " + DATE.format(s.startDate()) + " – "
                    + DATE.format(s.endDate()) + " · " + s.learners() + " learners, " + s.mentors() + " mentors")));
            Anchor manage = new Anchor("admin/cohorts", "Manage cohorts and enrol learners");
            manage.setId("manage-cohorts");
            card.add(new Div(manage));
            return card;
        });
    }

    @Bean
    HomePanel myCohort(CohortService cohorts) {
        return new Panel(Set.of(Role.LEARNER, Role.MENTOR), 50, account -> {
            var mine = cohorts.cohortsOf(account.getId());
            if (mine.isEmpty()) {
                return Cards.card("my-cohort", "Your cohort",
                        Cards.empty("You are not in a cohort yet. Your cohort admin can enrol you.", null, null));
            }
            Div card = Cards.card("my-cohort", mine.size() == 1 ? "Your cohort" : "Your cohorts");
            mine.forEach(c -> card.add(new Paragraph(
                    c.getName() + " · " + DATE.format(c.getStartDate()) + " – " + DATE.format(c.getEndDate()))));
            return card;
        });
    }

    /** A panel defined by its roles, order and a factory. */
    private record Panel(Set<Role> roles, int order, java.util.function.Function<Account, Component> factory)
            implements HomePanel {

        @Override
        public Component create(Account account) {
            return factory.apply(account);
        }
    }
}
