package io.praxis.app.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The journal entry form: date, optional title, optional link to a task or lesson, and the
 * Markdown body. Invalid input is marked on its field with the service's message and the
 * text stays where it is.
 */
class JournalEditor extends Div {

    private final DatePicker date = new DatePicker("Date");
    private final TextField title = new TextField("Title (optional)");
    private final ComboBox<JournalLink> link = new ComboBox<>("Linked to (optional)");
    private final TextArea body = new TextArea("Entry");
    private final Button save = new Button("Save entry");

    JournalEditor(List<JournalLink> options, LocalDate today, Consumer<JournalService.Draft> onSave) {
        addClassName("praxis-journal-editor");
        date.setId("journal-date");
        date.setValue(today);
        date.setRequired(true);
        title.setId("journal-title");
        title.setMaxLength(JournalService.MAX_TITLE);
        title.setWidth("20rem");
        link.setId("journal-link");
        link.setItems(options);
        link.setItemLabelGenerator(JournalLink::label);
        link.setClearButtonVisible(true);
        link.setWidth("28rem");
        body.setId("journal-editor");
        body.setWidthFull();
        body.setMinHeight("10rem");
        body.setMaxLength(JournalService.MAX_BODY);
        body.setRequired(true);
        body.setHelperText("Markdown works: **bold**, *italic*, lists, [links](https://example.org). Up to "
                + String.format("%,d", JournalService.MAX_BODY) + " characters.");
        save.setId("journal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            onSave.accept(new JournalService.Draft(date.getValue(), title.getValue(), body.getValue(),
                    link.getValue()));
        });
        Div fields = new Div(date, title, link);
        fields.addClassName("praxis-journal-fields");
        add(fields, body, save);
    }

    /** Shows an entry for editing. */
    void fill(JournalEntryView entry) {
        date.setValue(entry.date());
        title.setValue(entry.title() == null ? "" : entry.title());
        link.setValue(entry.link());
        body.setValue(entry.body());
    }

    /** Preselects a link (from "write about it" on a plan task or lesson). */
    void link(JournalLink value) {
        link.setValue(value);
    }

    /** Empties the text after a save; the date and link stay for the next entry. */
    void clearText() {
        title.clear();
        body.clear();
        clearErrors();
    }

    /** Marks the field an input error names; the typed text is kept. */
    void showError(JournalInputException e) {
        switch (e.field()) {
            case DATE -> {
                date.setErrorMessage(e.getMessage());
                date.setInvalid(true);
            }
            case TITLE -> {
                title.setErrorMessage(e.getMessage());
                title.setInvalid(true);
            }
            case LINK -> {
                link.setErrorMessage(e.getMessage());
                link.setInvalid(true);
            }
            case BODY -> {
                body.setErrorMessage(e.getMessage());
                body.setInvalid(true);
            }
        }
    }

    private void clearErrors() {
        date.setInvalid(false);
        title.setInvalid(false);
        link.setInvalid(false);
        body.setInvalid(false);
    }
}
