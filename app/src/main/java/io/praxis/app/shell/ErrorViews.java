package io.praxis.app.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The shared look of the not-found, access-denied and error pages. */
final class ErrorViews {

    private ErrorViews() {
    }

    static void fill(Div page, String id, String title, String message) {
        page.removeAll();
        page.addClassName("praxis-error-page");
        page.setId(id);
        Paragraph text = new Paragraph(message);
        text.addClassName("praxis-muted");
        page.add(new H1(title), text, new Anchor("", "Go to the home page"));
    }
}
