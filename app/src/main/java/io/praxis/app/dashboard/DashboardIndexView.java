package io.praxis.app.dashboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import jakarta.annotation.security.RolesAllowed;

/**
 * The cohorts whose dashboard the reader may open: every cohort for an admin, a mentor's own
 * cohorts for a mentor (the service decides, not this view).
 */
@Route("dashboard")
@PageTitle("Cohort dashboard · Praxis")
@Menu(order = 55, title = "Cohort dashboard", icon = "vaadin:dashboard")
@RolesAllowed({Role.MENTOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/dashboard.css")
public class DashboardIndexView extends Div {

    DashboardIndexView(DashboardService dashboards, CurrentUser currentUser) {
        addClassName("praxis-page");
        setId("dashboard-index");
        add(new H1("Cohort dashboard"));
        var cohorts = dashboards.cohortsFor(currentUser.require().getId());
        if (cohorts.isEmpty()) {
            add(Cards.empty(currentUser.hasRole(Role.ADMIN)
                    ? "There is no cohort yet. Create one and enrol learners to see their progress here."
                    : "You are not a mentor of any cohort yet. A cohort admin can add you to one.", null, null));
            return;
        }
        Paragraph lead = new Paragraph("Choose a cohort to see its learners' progress, practice scores, the review "
                + "backlog and who is at risk.");
        lead.addClassName("praxis-muted");
        Div list = new Div();
        list.addClassName("praxis-cards");
        list.setId("dashboard-cohorts");
        for (var c : cohorts) {
            Anchor link = new Anchor("dashboard/" + c.id(), c.name());
            link.setId("dashboard-cohort-" + c.id());
            Div card = new Div(new H3(link),
                    new Paragraph(Formats.day(c.startDate()) + " – " + Formats.day(c.endDate())),
                    new Paragraph(Formats.plural(c.learners(), "learner", "learners") + " · "
                            + Formats.plural(c.mentors(), "mentor", "mentors")));
            card.addClassName("praxis-card");
            card.setId("dashboard-card-" + c.id());
            list.add(card);
        }
        add(lead, list);
    }
}
