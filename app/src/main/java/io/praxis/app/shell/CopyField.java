package io.praxis.app.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A read-only field holding a link for the admin to pass on, with a copy button. The field has
 * the given id (tests read its value); the button has that id plus {@code -copy}.
 */
public class CopyField extends Div {

    private final TextField field = new TextField();

    public CopyField(String id, String label) {
        addClassName("praxis-copy-field");
        field.setId(id);
        field.setLabel(label);
        field.setReadOnly(true);
        field.setWidthFull();
        Button copy = new Button("Copy", VaadinIcon.COPY.create());
        copy.setId(id + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(e -> copy.getElement().executeJs(
                "if (navigator.clipboard) navigator.clipboard.writeText($0);", field.getValue()));
        add(field, copy);
    }

    /** Shows a link (or clears the field with null) and a helper text under it. */
    public void show(String link, String helper) {
        field.setValue(link == null ? "" : link);
        field.setHelperText(helper);
        setVisible(link != null);
    }

    public String getValue() {
        return field.getValue();
    }
}
