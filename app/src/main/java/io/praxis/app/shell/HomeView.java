package io.praxis.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.Account;
import io.praxis.app.account.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The first page after signing in. Each role gets its own summary: the learner where to
 * continue, the mentor their review queue, the admin the cohorts. The panels come from
 * {@link HomePanel} beans so that each feature contributes its own without this view
 * knowing it.
 */
@Route("")
@PageTitle("Home · Praxis")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends Div {

    HomeView(CurrentUser currentUser, List<HomePanel> panels) {
        addClassName("praxis-page");
        setId("home");
        Account account = currentUser.require();
        H1 title = new H1("Welcome, " + account.getDisplayName().split(" ")[0]);
        Paragraph lead = new Paragraph(switch (account.getRole()) {
            case LEARNER -> "Study the curriculum, practise interview cases and watch your skills grow.";
            case MENTOR -> "Review learners' answers and help them get interview-ready.";
            case ADMIN -> "Run your cohorts: people, progress and the review backlog.";
        });
        lead.addClassName("praxis-muted");
        Div cards = new Div();
        cards.addClassName("praxis-cards");
        cards.setId("home-panels");
        panels.stream()
                .filter(p -> p.roles().contains(account.getRole()))
                .sorted((a, b) -> Integer.compare(a.order(), b.order()))
                .forEach(p -> cards.add(p.create(account)));
        add(title, lead, cards);
    }
}
