package io.praxis.app.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Small builders for the card look shared by the home panels and dashboards. */
public final class Cards {

    private Cards() {
    }

    /** A card with a title, a body and optional extra components. */
    public static Div card(String id, String title, Component... body) {
        Div card = new Div(new H3(title));
        card.addClassName("praxis-card");
        card.setId(id);
        card.add(body);
        return card;
    }

    /** A big number with a caption. */
    public static Div stat(String value, String caption) {
        Div number = new Div(value);
        number.addClassName("praxis-stat");
        Paragraph text = new Paragraph(caption);
        text.addClassName("praxis-muted");
        return new Div(number, text);
    }

    /** An empty state that says what to do next. */
    public static Div empty(String message, String linkText, String href) {
        Div empty = new Div(new Paragraph(message));
        empty.addClassName("praxis-empty");
        if (linkText != null) {
            empty.add(new Anchor(href, linkText));
        }
        return empty;
    }
}
