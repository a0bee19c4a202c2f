package io.praxis.app.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import io.praxis.app.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The audit log for admins, newest first, filterable by actor, action, an inclusive date range
 * and free text (summary, target, before/after). Each entry shows who, what and when, and opens
 * to the state before and after as JSON, shown as plain text. Fifty entries per page.
 */
@Route("admin/audit")
@PageTitle("Audit log · Praxis")
@Menu(order = 62, title = "Audit log", icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/admin.css")
public class AuditLogView extends Div {

    static final int PAGE_SIZE = 50;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final AuditService audit;
    private final long viewerId;
    private final ComboBox<AuditService.Actor> actor = new ComboBox<>("Actor");
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final TextField text = new TextField("Text");
    private final Div entries = new Div();
    private final Paragraph count = new Paragraph();
    private final Button previous = new Button("Newer");
    private final Button next = new Button("Older");
    private int page;

    AuditLogView(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.viewerId = currentUser.require().getId();
        addClassName("praxis-page");
        setId("audit-log");

        actor.setId("audit-actor");
        actor.setItems(audit.actors(viewerId));
        actor.setItemLabelGenerator(AuditService.Actor::email);
        actor.setClearButtonVisible(true);
        actor.setPlaceholder("Anyone");
        action.setId("audit-action");
        action.setLabel("Action");
        action.setItems(List.of(AuditAction.values()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any action");
        action.setItemLabelGenerator(a -> a == null ? "Any action" : a.label());
        from.setId("audit-from");
        to.setId("audit-to");
        for (DatePicker d : List.of(from, to)) {
            d.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            d.setPlaceholder("YYYY-MM-DD");
            d.setClearButtonVisible(true);
        }
        text.setId("audit-text");
        text.setPlaceholder("e.g. an e-mail address");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> firstPage());
        action.addValueChangeListener(e -> firstPage());
        from.addValueChangeListener(e -> firstPage());
        to.addValueChangeListener(e -> firstPage());
        text.addValueChangeListener(e -> firstPage());
        Div filters = new Div(actor, action, from, to, text);
        filters.addClassName("praxis-filters");

        entries.setId("audit-entries");
        count.setId("audit-count");
        count.addClassName("praxis-muted");
        previous.setId("audit-newer");
        previous.addClickListener(e -> {
            page--;
            render();
        });
        next.setId("audit-older");
        next.addClickListener(e -> {
            page++;
            render();
        });
        Div pager = new Div(previous, count, next);
        pager.addClassName("praxis-pager");
        Paragraph lead = new Paragraph("Every admin action, and the sign-ups and password changes they enabled. "
                + "Entries cannot be changed.");
        lead.addClassName("praxis-muted");
        add(new H1("Audit log"), lead, filters, entries, pager);
        render();
    }

    private void firstPage() {
        page = 0;
        render();
    }

    private void render() {
        entries.removeAll();
        FieldErrors.clear(Map.of("to", to));
        var filter = new AuditService.AuditFilter(actor.getValue() == null ? null : actor.getValue().id(),
                action.getValue(), from.getValue(), to.getValue(), text.getValue());
        AuditService.AuditPage result;
        try {
            result = audit.search(viewerId, filter, page, PAGE_SIZE);
        } catch (InvalidFieldsException problems) {
            FieldErrors.show(problems, Map.of("to", to));
            count.setText("");
            previous.setEnabled(false);
            next.setEnabled(false);
            return;
        }
        result.entries().forEach(e -> entries.add(entry(e)));
        if (result.entries().isEmpty()) {
            entries.add(Cards.empty("No entries match these filters.", null, null));
        }
        long first = (long) page * PAGE_SIZE + 1;
        long last = Math.min(result.total(), first + result.entries().size() - 1);
        count.setText(result.total() == 0 ? "0 entries" : first + "–" + last + " of " + result.total() + " entries");
        previous.setEnabled(page > 0);
        next.setEnabled(last < result.total());
    }

    private static Div entry(AuditService.AuditRecord r) {
        Span when = new Span(WHEN.format(r.at()));
        Span who = new Span(r.actorEmail());
        who.addClassName("actor");
        Span what = new Span(r.action().label());
        what.getElement().getThemeList().add("badge");
        Span target = new Span(r.targetType() + (r.targetId() == null ? "" : " " + r.targetId()));
        Div meta = new Div(when, who, what, target);
        meta.addClassName("meta");
        Paragraph summary = new Paragraph(r.summary());
        summary.addClassName("summary");
        Div entry = new Div(meta, summary);
        entry.addClassName("praxis-audit-entry");
        entry.setId("audit-entry-" + r.id());
        if (r.before() != null || r.after() != null) {
            Div changes = new Div();
            if (r.before() != null) {
                changes.add(new Span("Before"), new Pre(r.before()));
            }
            if (r.after() != null) {
                changes.add(new Span("After"), new Pre(r.after()));
            }
            Details details = new Details("Before and after", changes);
            details.setId("audit-details-" + r.id());
            entry.add(details);
        }
        return entry;
    }
}
