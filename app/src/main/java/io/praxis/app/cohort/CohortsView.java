package io.praxis.app.cohort;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;

/** The admin's list of cohorts, with a form to create one; a new cohort opens its own page. */
@Route("admin/cohorts")
@PageTitle("Cohorts · Praxis")
@Menu(order = 60, title = "Cohorts", icon = "vaadin:group")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/admin.css")
public class CohortsView extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    CohortsView(CohortAdminService admin, CurrentUser currentUser) {
        long actorId = currentUser.require().getId();
        addClassName("praxis-page");
        setId("cohorts");
        Div list = new Div();
        list.setId("cohort-list");
        var summaries = admin.summaries(actorId);
        if (summaries.isEmpty()) {
            list.add(Cards.empty("No cohort yet. Create the first one below.", null, null));
        }
        for (var s : summaries) {
            Anchor link = new Anchor("admin/cohorts/" + s.id(), s.name());
            link.setId("cohort-link-" + s.id());
            link.addClassName("name");
            Span dates = new Span(DATE.format(s.startDate()) + " – " + DATE.format(s.endDate()));
            Span counts = new Span(s.learners() + (s.learners() == 1 ? " learner, " : " learners, ") + s.mentors()
                    + (s.mentors() == 1 ? " mentor" : " mentors"));
            counts.addClassName("praxis-muted");
            Div row = new Div(link, dates, counts);
            row.addClassName("praxis-row");
            list.add(row);
        }

        CohortForm form = new CohortForm("Create cohort", admin.mentorCandidates(actorId));
        form.save.addClickListener(e -> {
            try {
                var created = admin.create(actorId, form.draft());
                getUI().ifPresent(ui -> ui.navigate("admin/cohorts/" + created.id()));
            } catch (InvalidFieldsException problems) {
                form.showProblems(problems);
            }
        });
        Paragraph lead = new Paragraph("Each cohort has dates, mentors who review its work and learners. Open a cohort "
                + "to enrol learners one by one, from a CSV file or with an invite link.");
        lead.addClassName("praxis-muted");
        Div create = Cards.card("cohort-create", "Create a cohort", form);
        add(new H1("Cohorts"), lead, list, create);
    }
}
