package io.praxis.app.calculators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The address of the current calculation, to copy and share ({@code share-url}), a copy button
 * ({@code share-copy}) and a note ({@code share-note}) naming inputs too long to fit a link.
 */
final class ShareLink extends Div {

    private final TextField url = new TextField("Link to this calculation");
    private final Paragraph note = new Paragraph();

    ShareLink() {
        addClassName("praxis-share");
        url.setId("share-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setHelperText("Anyone who opens it sees these inputs and results; no sign-in needed.");
        Button copy = new Button("Copy link", VaadinIcon.LINK.create());
        copy.setId("share-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(e -> copy.getElement().executeJs(
                "if (navigator.clipboard) { navigator.clipboard.writeText($0); }", url.getValue()));
        note.setId("share-note");
        note.addClassName("praxis-muted");
        note.setVisible(false);
        Div row = new Div(url, copy);
        row.addClassName("praxis-share-row");
        add(row, note);
    }

    void set(String address, List<String> omitted) {
        url.setValue(address);
        if (omitted.isEmpty()) {
            note.setVisible(false);
            note.setText("");
        } else {
            note.setText("Too long for a link: " + String.join(", ", omitted) + " (over "
                    + Numbers.count(CalculatorForm.MAX_PARAM_CHARS) + " characters). The link keeps the other "
                    + "inputs; whoever opens it sees the example's data in their place.");
            note.setVisible(true);
        }
    }

    String address() {
        return url.getValue();
    }
}
