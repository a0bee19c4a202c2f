package io.praxis.app.study;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.content.Curriculum;
import io.praxis.content.Links;
import io.praxis.content.lesson.GlossaryTerm;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The glossary A-Z with a filter box; each term links to its own page. */
@Route("glossary")
@PageTitle("Glossary · Praxis")
@Menu(order = 20, title = "Glossary", icon = "vaadin:book-dollar")
@PermitAll
public class GlossaryView extends Div {

    private final Div groups = new Div();
    private final List<GlossaryTerm> terms;

    GlossaryView(Curriculum curriculum) {
        this.terms = curriculum.glossary();
        addClassName("praxis-page");
        setId("glossary");
        Paragraph lead = new Paragraph(terms.size() + " terms an AI PM is expected to use correctly.");
        lead.addClassName("praxis-muted");
        TextField filter = new TextField();
        filter.setId("glossary-filter");
        filter.setPlaceholder("Filter terms");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setMaxLength(100);
        filter.addValueChangeListener(e -> render(e.getValue()));
        add(new H1("Glossary"), lead, letters(), filter, groups);
        render("");
    }

    private static char letterOf(GlossaryTerm t) {
        char c = Character.toUpperCase(t.term().charAt(0));
        return Character.isLetter(c) ? c : '#';
    }

    private Div letters() {
        Div bar = new Div();
        bar.addClassName("praxis-az");
        bar.setId("glossary-az");
        var present = terms.stream().map(GlossaryView::letterOf).collect(Collectors.toSet());
        for (char c = 'A'; c <= 'Z'; c++) {
            if (present.contains(c)) {
                Anchor a = new Anchor("#letter-" + c, String.valueOf(c));
                a.getElement().setAttribute("router-ignore", true);
                bar.add(a);
            } else {
                Span s = new Span(String.valueOf(c));
                s.addClassName("praxis-muted");
                bar.add(s);
            }
        }
        return bar;
    }

    private void render(String filter) {
        groups.removeAll();
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        Map<Character, List<GlossaryTerm>> byLetter = terms.stream()
                .filter(t -> f.isEmpty() || t.term().toLowerCase(Locale.ROOT).contains(f)
                        || t.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(f))
                        || t.definition().toLowerCase(Locale.ROOT).contains(f))
                .collect(Collectors.groupingBy(GlossaryView::letterOf, TreeMap::new, Collectors.toList()));
        if (byLetter.isEmpty()) {
            groups.add(new Paragraph("No term matches \"" + filter + "\". Try search for lessons about it."));
        }
        byLetter.forEach((letter, list) -> {
            H2 h = new H2(String.valueOf(letter));
            h.setId("letter-" + letter);
            groups.add(h);
            for (GlossaryTerm t : list) {
                Anchor name = new Anchor(Links.glossaryTerm(t.id()), t.term());
                name.setId("term-" + t.id());
                Paragraph def = new Paragraph(t.definition());
                Div row = new Div(name, def);
                row.addClassName("praxis-term");
                groups.add(row);
            }
        });
    }
}
