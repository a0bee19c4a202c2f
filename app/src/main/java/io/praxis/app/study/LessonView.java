package io.praxis.app.study;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.content.Calculators;
import io.praxis.content.Curriculum;
import io.praxis.content.Links;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.lesson.Section;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One lesson: objectives, table of contents, reading time, the body (HTML rendered and
 * sanitised once at load), "mark complete", previous/next and related items. Opening it
 * records where the learner is, for "continue where you left off".
 */
@Route("study/:lessonId")
@PermitAll
public class LessonView extends Div implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final StudyService study;
    private final CurrentUser currentUser;
    private String title = "Lesson";

    LessonView(StudyService study, CurrentUser currentUser) {
        this.study = study;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        addClassName("praxis-lesson");
        setId("lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElse("");
        Curriculum curriculum = study.curriculum();
        Lesson lesson = curriculum.lesson(id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long userId = currentUser.require().getId();
        study.opened(userId, lesson.id());
        title = lesson.title() + " · Praxis";
        removeAll();
        String moduleTitle = curriculum.module(lesson.moduleId()).map(m -> m.title()).orElse("");
        Anchor crumb = new Anchor(Links.module(lesson.moduleId()), moduleTitle);
        crumb.addClassName("praxis-muted");
        H1 heading = new H1(lesson.title());
        Span meta = new Span(lesson.minutes() + " min read · " + lesson.wordCount() + " words");
        meta.setId("reading-time");
        meta.addClassName("praxis-muted");

        Div objectives = new Div(new H3("You will be able to"));
        objectives.addClassName("praxis-objectives");
        UnorderedList goals = new UnorderedList();
        lesson.objectives().forEach(o -> goals.add(new ListItem(o)));
        objectives.add(goals);

        Div body = new Div(new Html("<div class=\"lesson-body\">" + lesson.html() + "</div>"));
        body.setId("lesson-body");

        Div layout = new Div(toc(lesson), new Div(crumb, heading, meta, objectives, body, completion(userId, lesson),
                prevNext(curriculum, lesson), related(curriculum, lesson)));
        layout.addClassName("praxis-lesson-layout");
        add(layout);
    }

    private static Nav toc(Lesson lesson) {
        Nav toc = new Nav();
        toc.setId("toc");
        toc.addClassName("praxis-toc");
        toc.add(new Span("On this page"));
        for (Section s : lesson.sections()) {
            if (!s.anchor().isEmpty()) {
                Anchor a = new Anchor("#" + s.anchor(), s.title());
                a.getElement().setAttribute("router-ignore", true);
                if (s.level() == 3) {
                    a.addClassName("sub");
                }
                toc.add(a);
            }
        }
        return toc;
    }

    private Div completion(long userId, Lesson lesson) {
        Div box = new Div();
        box.addClassName("praxis-complete");
        Button button = new Button();
        button.setId("mark-complete");
        Runnable refresh = () -> {
            boolean done = study.isComplete(userId, lesson.id());
            button.setText(done ? "Completed · mark as not done" : "Mark complete");
            button.setIcon(done ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CHECK.create());
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            button.addThemeVariants(done ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
            button.getElement().setAttribute("data-complete", String.valueOf(done));
        };
        button.addClickListener(e -> {
            if (study.isComplete(userId, lesson.id())) {
                study.reopen(userId, lesson.id());
            } else {
                study.complete(userId, lesson.id());
            }
            refresh.run();
        });
        refresh.run();
        box.add(button);
        return box;
    }

    private static Div prevNext(Curriculum curriculum, Lesson lesson) {
        List<Lesson> all = curriculum.lessons();
        int i = all.indexOf(lesson);
        Div nav = new Div();
        nav.addClassName("praxis-prev-next");
        if (i > 0) {
            Anchor prev = new Anchor(Links.lesson(all.get(i - 1).id()), "← " + all.get(i - 1).title());
            prev.setId("prev-lesson");
            nav.add(prev);
        } else {
            nav.add(new Span());
        }
        if (i < all.size() - 1) {
            Anchor next = new Anchor(Links.lesson(all.get(i + 1).id()), all.get(i + 1).title() + " →");
            next.setId("next-lesson");
            nav.add(next);
        }
        return nav;
    }

    private static Div related(Curriculum curriculum, Lesson lesson) {
        Div box = new Div();
        box.setId("related");
        box.addClassName("praxis-related");
        if (!lesson.relatedLessons().isEmpty()) {
            box.add(new H2("Related lessons"));
            UnorderedList list = new UnorderedList();
            lesson.relatedLessons().forEach(id -> curriculum.lesson(id).ifPresent(l -> list.add(
                    new ListItem(new Anchor(Links.lesson(l.id()), l.title())))));
            box.add(list);
        }
        if (!lesson.relatedCases().isEmpty()) {
            box.add(new H2("Practise it"));
            UnorderedList list = new UnorderedList();
            lesson.relatedCases().forEach(id -> curriculum.caseStudy(id).ifPresent(c -> list.add(
                    new ListItem(new Anchor(Links.caseStudy(c.id()), c.title() + " (" + c.kind().label() + " case)")))));
            box.add(list);
        }
        if (!lesson.relatedCalculators().isEmpty()) {
            box.add(new H2("Try the numbers"));
            UnorderedList list = new UnorderedList();
            lesson.relatedCalculators().forEach(id -> {
                Anchor a = new Anchor(Links.calculator(id), Calculators.title(id) + " calculator");
                a.setId("calculator-link-" + id);
                list.add(new ListItem(a));
            });
            box.add(list);
        }
        if (!lesson.sources().isEmpty()) {
            box.add(new H2("Sources"));
            UnorderedList list = new UnorderedList();
            lesson.sources().forEach(id -> curriculum.source(id).ifPresent(s -> list.add(new ListItem(s.citation()))));
            box.add(list);
            Paragraph note = new Paragraph("Facts and figures come from these articles; the text is our own.");
            note.addClassName("praxis-muted");
            box.add(note);
        }
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Content is rendered after the browser tried to jump to #anchor: jump again now.
        getElement().executeJs("setTimeout(() => { const id = decodeURIComponent(location.hash.slice(1));"
                + " const el = id && document.getElementById(id); if (el) el.scrollIntoView(); }, 60)");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
