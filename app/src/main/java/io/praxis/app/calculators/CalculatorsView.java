package io.praxis.app.calculators;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.praxis.content.Links;

/**
 * The index of all metric calculators, one card each with a one-line description. Open to
 * everyone, signed in or not: the calculators are the public face of Praxis.
 *
 * <p>Ids: the page {@code calculators}, each card's link {@code calc-link-<id>}.
 */
@Route("calculators")
@PageTitle("Metric calculators · Praxis")
@Menu(order = 40, title = "Calculators", icon = "vaadin:calc")
@AnonymousAllowed
@StyleSheet("styles/calculators.css")
public class CalculatorsView extends Div {

    CalculatorsView() {
        setId("calculators");
        addClassName("praxis-page");
        Paragraph intro = new Paragraph("Small, exact calculators for the metrics an AI product manager needs "
                + "to speak fluently. Each one starts from a worked example; change any number and the results, "
                + "their meaning in product terms and the charts follow. Every calculation has a link you can share.");
        intro.addClassName("praxis-muted");
        Div cards = new Div();
        cards.addClassName("praxis-cards");
        for (CalculatorCatalog.Entry e : CalculatorCatalog.ALL) {
            Anchor link = new Anchor(Links.calculator(e.id()), e.title());
            link.setId("calc-link-" + e.id());
            link.addClassName("praxis-calc-card-title");
            Paragraph summary = new Paragraph(e.summary());
            summary.addClassName("praxis-muted");
            Div card = new Div(link, summary);
            card.addClassName("praxis-card");
            card.addClassName("praxis-calc-card");
            cards.add(card);
        }
        add(new H1("Metric calculators"), intro, cards);
    }
}
