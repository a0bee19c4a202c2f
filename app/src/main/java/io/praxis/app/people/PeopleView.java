package io.praxis.app.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
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
import java.util.List;
import java.util.Map;

/**
 * Every account for the admin: search by name or address, filter by role and state, deactivate
 * and reactivate, issue a one-time password reset link, and create accounts (mentors and admins
 * as well as learners) with a welcome link. Fifty people per page.
 */
@Route("admin/people")
@PageTitle("People · Praxis")
@Menu(order = 61, title = "People", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/admin.css")
public class PeopleView extends Div {

    static final int PAGE_SIZE = 50;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final PeopleService people;
    private final PublicLinks links;
    private final long actorId;
    private final TextField filter = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<Boolean> state = new Select<>();
    private final Div list = new Div();
    private final Paragraph count = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final CopyField resetLink = new CopyField("reset-link", "Password link");
    private final Button previous = new Button("Previous");
    private final Button next = new Button("Next");
    private int page;

    PeopleView(PeopleService people, PublicLinks links, CurrentUser currentUser) {
        this.people = people;
        this.links = links;
        this.actorId = currentUser.require().getId();
        addClassName("praxis-page");
        setId("people");

        filter.setId("people-filter");
        filter.setPlaceholder("Name or e-mail");
        filter.setLabel("Search");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> firstPage());
        role.setId("people-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.setItemLabelGenerator(r -> r == null ? "Any role" : r.label());
        role.addValueChangeListener(e -> firstPage());
        state.setId("people-state");
        state.setLabel("State");
        state.setItems(true, false);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Active or not");
        state.setItemLabelGenerator(b -> b == null ? "Active or not" : b ? "Active" : "Deactivated");
        state.addValueChangeListener(e -> firstPage());
        Div filters = new Div(filter, role, state);
        filters.addClassName("praxis-filters");

        message.setId("people-message");
        message.setVisible(false);
        resetLink.setVisible(false);
        list.setId("people-list");
        count.setId("people-count");
        count.addClassName("praxis-muted");
        previous.setId("people-prev");
        previous.addClickListener(e -> {
            page--;
            render();
        });
        next.setId("people-next");
        next.addClickListener(e -> {
            page++;
            render();
        });
        Div pager = new Div(previous, count, next);
        pager.addClassName("praxis-pager");

        Paragraph lead = new Paragraph("Deactivated accounts cannot sign in. Password links work once; pass them on "
                + "yourself, since Praxis sends no e-mail.");
        lead.addClassName("praxis-muted");
        add(new H1("People"), lead, filters, message, resetLink, list, pager,
                Cards.card("people-create", "Create an account", createForm()));
        render();
    }

    private void firstPage() {
        page = 0;
        render();
    }

    private void render() {
        var result = people.search(actorId, filter.getValue(), role.getValue(), state.getValue(), page, PAGE_SIZE);
        if (result.people().isEmpty() && page > 0) {
            page = 0;
            result = people.search(actorId, filter.getValue(), role.getValue(), state.getValue(), page, PAGE_SIZE);
        }
        list.removeAll();
        result.people().forEach(p -> list.add(row(p)));
        if (result.people().isEmpty()) {
            list.add(Cards.empty("Nobody matches these filters.", null, null));
        }
        long from = (long) page * PAGE_SIZE + 1;
        long to = Math.min(result.total(), from + result.people().size() - 1);
        count.setText(result.total() == 0 ? "0 people" : from + "–" + to + " of " + result.total());
        previous.setEnabled(page > 0);
        next.setEnabled(to < result.total());
    }

    private Div row(PeopleService.Person p) {
        Span name = new Span(p.name());
        name.addClassName("name");
        Span email = new Span(p.email());
        Span roleBadge = new Span(p.role().label());
        roleBadge.getElement().getThemeList().add("badge contrast");
        Span cohorts = new Span(p.cohorts().isEmpty() ? "no cohort" : String.join(", ", p.cohorts()));
        cohorts.addClassName("grow");
        cohorts.addClassName("praxis-muted");
        Span login = new Span(p.lastLoginAt() == null ? "never signed in" : "last in " + WHEN.format(p.lastLoginAt()));
        login.addClassName("praxis-muted");
        Div row = new Div(name, email, roleBadge, cohorts, login);
        row.addClassName("praxis-row");
        row.setId("person-" + p.id());
        if (!p.active()) {
            row.addClassName("inactive");
            Span badge = new Span("deactivated");
            badge.getElement().getThemeList().add("badge error");
            row.add(badge);
        }
        if (p.active()) {
            Button deactivate = new Button("Deactivate", e -> act(() -> people.deactivate(actorId, p.id()),
                    p.name() + " is deactivated and can no longer sign in."));
            deactivate.setId("deactivate-" + p.id());
            deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Button reset = new Button("Reset password", e -> {
                try {
                    var link = people.issueResetLink(actorId, p.id());
                    showMessage("A reset link for " + p.name() + " (" + p.email() + ") is below. It works once, until "
                            + WHEN.format(link.expiresAt()) + "; the current password works until it is used.", false);
                    resetLink.show(links.absolute("reset/" + link.token()), "Shown only now: copy it and pass it on.");
                } catch (PeopleService.NotAllowedException refused) {
                    showMessage(refused.getMessage(), true);
                }
            });
            reset.setId("reset-" + p.id());
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(reset, deactivate);
        } else {
            Button reactivate = new Button("Reactivate", e -> act(() -> people.reactivate(actorId, p.id()),
                    p.name() + " is active again and can sign in."));
            reactivate.setId("reactivate-" + p.id());
            reactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SUCCESS);
            row.add(reactivate);
        }
        return row;
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            showMessage(success, false);
            resetLink.show(null, null);
            render();
        } catch (PeopleService.NotAllowedException refused) {
            showMessage(refused.getMessage(), true);
        }
    }

    private void showMessage(String text, boolean problem) {
        message.setText(text);
        message.setClassName(problem ? "praxis-problem" : "praxis-success");
        message.setVisible(true);
    }

    private Div createForm() {
        EmailField email = new EmailField("E-mail");
        email.setId("new-email");
        email.setMaxLength(254);
        TextField name = new TextField("Name");
        name.setId("new-name");
        name.setMaxLength(120);
        Select<Role> newRole = new Select<>();
        newRole.setId("new-role");
        newRole.setLabel("Role");
        newRole.setItems(List.of(Role.values()));
        newRole.setItemLabelGenerator(Role::label);
        newRole.setValue(Role.MENTOR);
        Button create = new Button("Create account");
        create.setId("new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        CopyField link = new CopyField("new-link", "Welcome link");
        link.setVisible(false);
        Paragraph hint = new Paragraph("Learners are usually enrolled from their cohort's page, which also creates "
                + "their accounts.");
        hint.addClassName("praxis-muted");
        var fields = Map.of("email", email, "name", name, "role", newRole);
        create.addClickListener(e -> {
            try {
                var created = people.createAccount(actorId, email.getValue(), name.getValue(), newRole.getValue());
                FieldErrors.clear(fields);
                link.show(links.absolute("reset/" + created.token()), "Send this to " + created.person().name()
                        + " to choose a password; it works once, until " + WHEN.format(created.expiresAt()) + ".");
                Notification.show("Created " + created.person().role().label() + " account " + created.person().email());
                email.clear();
                name.clear();
                render();
            } catch (InvalidFieldsException problems) {
                FieldErrors.show(problems, fields);
            }
        });
        Div form = new Div(email, name, newRole, create);
        form.addClassName("praxis-form");
        return new Div(hint, form, link);
    }
}
