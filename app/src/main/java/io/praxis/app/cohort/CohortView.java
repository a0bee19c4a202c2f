package io.praxis.app.cohort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import io.praxis.app.shell.CopyField;
import io.praxis.app.shell.FieldErrors;
import io.praxis.app.shell.PublicLinks;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One cohort for its admin: edit name, dates and mentors; see and trim the learner roster;
 * enrol a learner by address (a new account gets a welcome link to pass on); import a CSV
 * roster; create and revoke invite links.
 */
@Route("admin/cohorts/:cohortId")
@PageTitle("Cohort · Praxis")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/admin.css")
public class CohortView extends Div implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final CohortAdminService admin;
    private final RosterImportService rosterImport;
    private final InviteService invites;
    private final AccountService accounts;
    private final PublicLinks links;
    private final long actorId;
    private final H1 title = new H1();
    private final Div roster = new Div();
    private long cohortId;

    CohortView(CohortAdminService admin, RosterImportService rosterImport, InviteService invites,
            AccountService accounts, PublicLinks links, CurrentUser currentUser) {
        this.admin = admin;
        this.rosterImport = rosterImport;
        this.invites = invites;
        this.accounts = accounts;
        this.links = links;
        this.actorId = currentUser.require().getId();
        addClassName("praxis-page");
        setId("cohort-page");
        title.setId("cohort-title");
        roster.setId("cohort-learners");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CohortAdminService.CohortDetails cohort;
        try {
            cohortId = Long.parseLong(event.getRouteParameters().get("cohortId").orElse(""));
            cohort = admin.details(actorId, cohortId).orElseThrow(() -> new IllegalArgumentException("no cohort"));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title.setText(cohort.name());
        Anchor back = new Anchor("admin/cohorts", "All cohorts");
        back.setId("back-to-cohorts");
        Div grid = new Div(
                Cards.card("cohort-details", "Details", detailsForm(cohort)),
                Cards.card("cohort-roster", "Learners", roster),
                Cards.card("cohort-enrol", "Enrol one learner", enrolForm()),
                Cards.card("cohort-invites", "Invite links", new InvitePanel(invites, links, actorId, cohortId)));
        grid.addClassName("praxis-admin-grid");
        Div csv = Cards.card("cohort-csv", "Import learners from CSV",
                new RosterImportPanel(rosterImport, links, actorId, cohortId, this::refreshRoster));
        csv.addClassName("wide");
        grid.add(csv);
        add(back, title, grid);
        refreshRoster();
    }

    private Div detailsForm(CohortAdminService.CohortDetails cohort) {
        CohortForm form = new CohortForm("Save changes", admin.mentorCandidates(actorId));
        form.fill(cohort, mentorAccounts(cohort));
        form.save.addClickListener(e -> {
            try {
                var saved = admin.update(actorId, cohortId, form.draft());
                form.fill(saved, mentorAccounts(saved));
                title.setText(saved.name());
                Notification.show("Saved " + saved.name());
            } catch (InvalidFieldsException problems) {
                form.showProblems(problems);
            }
        });
        return form;
    }

    private java.util.List<Account> mentorAccounts(CohortAdminService.CohortDetails cohort) {
        return accounts.findAllById(cohort.mentors().stream().map(CohortAdminService.Member::accountId).toList());
    }

    private void refreshRoster() {
        roster.removeAll();
        var cohort = admin.details(actorId, cohortId).orElseThrow();
        Paragraph count = new Paragraph(cohort.learners().size() + (cohort.learners().size() == 1 ? " learner" : " learners")
                + " · mentors: " + (cohort.mentors().isEmpty() ? "none yet"
                : String.join(", ", cohort.mentors().stream().map(CohortAdminService.Member::name).toList())));
        count.setId("cohort-counts");
        count.addClassName("praxis-muted");
        roster.add(count);
        if (cohort.learners().isEmpty()) {
            roster.add(Cards.empty("No learners yet. Enrol them one by one, from a CSV file or with an invite link.",
                    null, null));
        }
        for (var learner : cohort.learners()) {
            Span name = new Span(learner.name());
            name.addClassName("name");
            Span email = new Span(learner.email());
            email.addClassName("grow");
            Div row = new Div(name, email);
            row.addClassName("praxis-row");
            row.setId("learner-" + learner.accountId());
            if (!learner.active()) {
                row.addClassName("inactive");
                Span badge = new Span("deactivated");
                badge.getElement().getThemeList().add("badge error");
                row.add(badge);
            }
            Button remove = new Button("Remove", e -> {
                admin.removeLearner(actorId, cohortId, learner.accountId());
                Notification.show("Removed " + learner.name() + " from the cohort");
                refreshRoster();
            });
            remove.setId("remove-" + learner.accountId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText("Remove from this cohort; the account stays");
            row.add(remove);
            roster.add(row);
        }
    }

    private Div enrolForm() {
        EmailField email = new EmailField("E-mail");
        email.setId("enrol-email");
        email.setMaxLength(254);
        TextField name = new TextField("Name");
        name.setId("enrol-name");
        name.setMaxLength(120);
        name.setHelperText("Needed only for a new account");
        Button enrol = new Button("Enrol");
        enrol.setId("enrol-submit");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph result = new Paragraph();
        result.setId("enrol-result");
        result.setVisible(false);
        CopyField link = new CopyField("enrol-link", "Welcome link");
        link.setVisible(false);
        enrol.addClickListener(e -> {
            FieldErrors.clear(Map.of("email", email, "name", name));
            link.show(null, null);
            try {
                var r = admin.enrol(actorId, cohortId, email.getValue(), name.getValue());
                result.setVisible(true);
                result.setClassName("praxis-success");
                switch (r.outcome()) {
                    case CREATED -> {
                        result.setText("Created an account for " + r.name() + " (" + r.email() + ") and enrolled it. "
                                + "Send them this link to choose a password; it works once, until "
                                + WHEN.format(r.linkExpiresAt()) + ".");
                        link.show(links.absolute("reset/" + r.welcomeToken()), "Shown only now: copy it before "
                                + "leaving the page.");
                    }
                    case ENROLLED -> result.setText("Enrolled " + r.name() + " (" + r.email() + "), who already had "
                            + "an account.");
                    case ALREADY_ENROLLED -> {
                        result.setClassName("praxis-muted");
                        result.setText(r.name() + " (" + r.email() + ") is already in this cohort; nothing changed.");
                    }
                }
                email.clear();
                name.clear();
                refreshRoster();
            } catch (InvalidFieldsException problems) {
                result.setVisible(false);
                FieldErrors.show(problems, Map.of("email", email, "name", name));
            }
        });
        Div form = new Div(email, name, enrol);
        form.addClassName("praxis-form");
        return new Div(form, result, link);
    }
}
