package io.praxis.app.study;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.praxis.content.Curriculum;
import io.praxis.content.Links;
import io.praxis.content.lesson.GlossaryTerm;
import jakarta.annotation.security.PermitAll;

/** One glossary term: definition, other names, and the lessons that teach it. */
@Route("glossary/:termId")
@PermitAll
public class GlossaryTermView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Curriculum curriculum;
    private String title = "Glossary";

    GlossaryTermView(Curriculum curriculum) {
        this.curriculum = curriculum;
        addClassName("praxis-page");
        setId("glossary-term");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GlossaryTerm term = event.getRouteParameters().get("termId").flatMap(curriculum::term).orElse(null);
        if (term == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = term.term() + " · Glossary · Praxis";
        removeAll();
        add(new Anchor("glossary", "← Glossary"), new H1(term.term()));
        Paragraph def = new Paragraph(term.definition());
        def.setId("term-definition");
        def.addClassName("praxis-definition");
        add(def);
        if (!term.aliases().isEmpty()) {
            Paragraph aka = new Paragraph("Also called: " + String.join(", ", term.aliases()));
            aka.addClassName("praxis-muted");
            add(aka);
        }
        if (!term.lessons().isEmpty()) {
            add(new H2("Learn it in"));
            UnorderedList list = new UnorderedList();
            term.lessons().forEach(id -> curriculum.lesson(id).ifPresent(l -> list.add(
                    new ListItem(new Anchor(Links.lesson(l.id()), l.title())))));
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
