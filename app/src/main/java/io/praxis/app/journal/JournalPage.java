package io.praxis.app.journal;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.plan.PlanService;
import io.praxis.app.shell.Cards;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The learner's journal: a form for a new dated entry (linked to a plan task or lesson when
 * opened from one, {@code ?task=id} or {@code ?lesson=id}), search over their own entries,
 * the entries rendered as safe Markdown, and an export of everything as one Markdown file.
 */
@Route("journal")
@PageTitle("Journal · Praxis")
@Menu(order = 26, title = "Journal", icon = "vaadin:notebook")
@RolesAllowed(Role.LEARNER_NAME)
@StyleSheet("styles/plan.css")
public class JournalPage extends Div implements BeforeEnterObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final JournalService journal;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final Div list = new Div();
    private final Span count = new Span();
    private final TextField search = new TextField();
    private JournalEditor editor;
    private long userId;

    JournalPage(JournalService journal, PlanService plans, CurrentUser currentUser) {
        this.journal = journal;
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        addClassName("praxis-journal");
        setId("journal");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        userId = currentUser.require().getId();
        removeAll();
        Paragraph lead = new Paragraph("A few lines most days: one idea in your own words, where you met it, and "
                + "what you still wonder about. Only you can see your journal.");
        lead.addClassName("praxis-muted");
        add(new H1("Your learning journal"), lead);

        editor = new JournalEditor(journal.linkOptions(), plans.today(userId), this::save);
        preselect(editor, event.getLocation().getQueryParameters());
        add(Cards.card("journal-new", "New entry", editor));

        search.setId("journal-search");
        search.setPlaceholder("Search your entries");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search your journal");
        search.addValueChangeListener(e -> refresh());
        String date = plans.today(userId).toString();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = journal.exportMarkdown(userId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "praxis-journal-" + date + ".md",
                    "text/markdown; charset=utf-8", bytes.length);
        }), AttachmentType.DOWNLOAD, "Export as Markdown");
        export.setId("journal-export");
        count.setId("journal-count");
        count.addClassName("praxis-muted");
        Div tools = new Div(search, count, export);
        tools.addClassName("praxis-journal-tools");
        list.setId("journal-entries");
        add(Cards.card("journal-list", "Entries", tools, list));
        refresh();
    }

    private void save(JournalService.Draft draft) {
        try {
            journal.create(userId, draft);
            editor.clearText();
            Notification.show("Entry saved", 3000, Notification.Position.BOTTOM_START);
            refresh();
        } catch (JournalInputException e) {
            editor.showError(e);
        }
    }

    private void preselect(JournalEditor editor, QueryParameters query) {
        query.getSingleParameter("task").flatMap(id -> journal.link(JournalLink.Kind.TASK, id))
                .or(() -> query.getSingleParameter("lesson").flatMap(id -> journal.link(JournalLink.Kind.LESSON, id)))
                .ifPresent(editor::link);
    }

    private void refresh() {
        list.removeAll();
        String query = search.getValue();
        List<JournalEntryView> shown = journal.search(userId, query);
        boolean filtered = query != null && !query.isBlank();
        if (filtered) {
            count.setText(shown.size() + " matching entr" + (shown.size() == 1 ? "y" : "ies"));
        } else {
            count.setText(shown.size() + " entr" + (shown.size() == 1 ? "y" : "ies"));
        }
        if (shown.isEmpty()) {
            list.add(Cards.empty(filtered ? "No entry contains “" + query.strip() + "”."
                    : "No entries yet. Write your first one above.", null, null));
            return;
        }
        shown.forEach(e -> list.add(entry(journal, e)));
    }

    /** One entry as the list and the entry page show it; the body only as sanitised HTML. */
    static Div entry(JournalService journal, JournalEntryView e) {
        Span date = new Span(DAY.format(e.date()));
        date.addClassName("praxis-muted");
        Header header = new Header();
        if (e.title() != null) {
            // Set as text: a title is shown literally, whatever it contains.
            com.vaadin.flow.component.html.Emphasis title = new com.vaadin.flow.component.html.Emphasis(e.title());
            title.addClassName("praxis-journal-title");
            header.add(title);
        }
        header.add(date);
        if (e.link() != null) {
            Anchor link = new Anchor(e.link().href(), e.link().label());
            link.setId("journal-entry-" + e.id() + "-link");
            header.add(link);
        }
        Anchor open = new Anchor("journal/" + e.id(), "Open and edit");
        open.setId("journal-entry-" + e.id() + "-open");
        header.add(open);
        Div card = new Div(header, new Html(journal.toHtml(e.body())));
        card.setId("journal-entry-" + e.id());
        card.addClassName("praxis-journal-entry");
        return card;
    }
}
