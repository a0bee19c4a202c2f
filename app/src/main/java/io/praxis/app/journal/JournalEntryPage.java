package io.praxis.app.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.plan.PlanService;
import io.praxis.app.shell.Cards;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * One journal entry of the signed-in learner, rendered, with the form to change or delete it.
 * An id that is not theirs gives the not-found page, exactly like an id that does not exist.
 */
@Route("journal/:entryId")
@PageTitle("Journal entry · Praxis")
@RolesAllowed(Role.LEARNER_NAME)
@StyleSheet("styles/plan.css")
public class JournalEntryPage extends Div implements BeforeEnterObserver {

    private final JournalService journal;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private long userId;
    private long entryId;
    private JournalEditor editor;

    JournalEntryPage(JournalService journal, PlanService plans, CurrentUser currentUser) {
        this.journal = journal;
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        addClassName("praxis-journal");
        setId("journal-entry-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        userId = currentUser.require().getId();
        Optional<JournalEntryView> entry = event.getRouteParameters().getLong("entryId")
                .flatMap(id -> journal.entry(userId, id));
        if (entry.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        entryId = entry.get().id();
        show(entry.get());
    }

    private void show(JournalEntryView entry) {
        removeAll();
        add(new Anchor("journal", "← Journal"), new H1(entry.title() == null ? "Journal entry" : entry.title()));
        add(Cards.card("journal-entry-view", "As it reads", JournalPage.entry(journal, entry)));
        editor = new JournalEditor(journal.linkOptions(), plans.today(userId), this::save);
        editor.fill(entry);
        Button delete = new Button("Delete entry", e -> {
            journal.delete(userId, entryId);
            Notification.show("Entry deleted", 3000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(JournalPage.class));
        });
        delete.setId("journal-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(Cards.card("journal-edit", "Edit", editor, new Div(delete)));
    }

    private void save(JournalService.Draft draft) {
        try {
            journal.update(userId, entryId, draft).ifPresentOrElse(saved -> {
                Notification.show("Entry saved", 3000, Notification.Position.BOTTOM_START);
                show(saved);
            }, () -> Notification.show("This entry no longer exists", 5000, Notification.Position.MIDDLE));
        } catch (JournalInputException e) {
            editor.showError(e);
        }
    }
}
