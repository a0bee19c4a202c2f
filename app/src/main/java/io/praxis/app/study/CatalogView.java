package io.praxis.app.study;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.content.Links;
import io.praxis.content.lesson.Lesson;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/**
 * The module catalog: every module with the learner's progress bar and its lessons, ticked
 * when complete. {@code ?module=id} scrolls to one module.
 */
@Route("study")
@PageTitle("Study · Praxis")
@Menu(order = 10, title = "Study", icon = "vaadin:academy-cap")
@PermitAll
public class CatalogView extends Div implements BeforeEnterObserver {

    private final StudyService study;
    private final CurrentUser currentUser;

    CatalogView(StudyService study, CurrentUser currentUser) {
        this.study = study;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        setId("catalog");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long userId = currentUser.require().getId();
        Set<String> done = study.completedLessons(userId);
        add(new H1("The AI PM curriculum"));
        Paragraph lead = new Paragraph("Seven modules, from what an AI PM does to your first 90 days. "
                + "Each lesson ends with how the topic comes up in interviews.");
        lead.addClassName("praxis-muted");
        add(lead);
        study.continueWith(userId).ifPresent(next -> {
            Anchor cont = new Anchor(Links.lesson(next.id()), (study.hasStarted(userId) ? "Continue: " : "Start: ")
                    + next.title());
            cont.setId("catalog-continue");
            cont.addClassName("praxis-cta");
            add(new Div(cont));
        });
        for (StudyService.ModuleProgress mp : study.moduleProgress(userId)) {
            Div card = new Div();
            card.addClassName("praxis-card");
            card.addClassName("praxis-module");
            card.setId("module-" + mp.module().id());
            H2 title = new H2(mp.module().order() + ". " + mp.module().title());
            Paragraph summary = new Paragraph(mp.module().description());
            summary.addClassName("praxis-muted");
            ProgressBar bar = new ProgressBar(0, 1, mp.fraction());
            bar.setId("progress-" + mp.module().id());
            bar.getElement().setAttribute("aria-label", mp.module().title() + " progress");
            Span count = new Span(mp.completed() + " of " + mp.total() + " lessons complete");
            count.setId("progress-text-" + mp.module().id());
            count.addClassName("praxis-muted");
            Div lessons = new Div();
            lessons.addClassName("praxis-lesson-list");
            for (Lesson l : study.curriculum().lessonsOf(mp.module().id())) {
                Anchor link = new Anchor(Links.lesson(l.id()), l.title());
                link.setId("lesson-link-" + l.id());
                Span minutes = new Span(l.minutes() + " min");
                minutes.addClassName("praxis-muted");
                Div row = new Div(done.contains(l.id()) ? VaadinIcon.CHECK_CIRCLE.create()
                        : VaadinIcon.CIRCLE_THIN.create(), link, minutes);
                row.addClassName("praxis-lesson-row");
                if (done.contains(l.id())) {
                    row.addClassName("done");
                }
                lessons.add(row);
            }
            card.add(title, summary, bar, count, lessons);
            add(card);
        }
        event.getLocation().getQueryParameters().getSingleParameter("module").ifPresent(m -> getElement().executeJs(
                "setTimeout(() => { const el = document.getElementById($0); if (el) el.scrollIntoView(); }, 60)",
                "module-" + m));
    }
}
