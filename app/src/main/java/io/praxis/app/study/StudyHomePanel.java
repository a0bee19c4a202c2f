package io.praxis.app.study;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.praxis.app.account.Account;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import io.praxis.app.shell.HomePanel;
import io.praxis.content.Links;
import java.util.Set;

/** The learner's "continue where you left off" card with overall progress. */
@org.springframework.stereotype.Component
class StudyHomePanel implements HomePanel {

    private final StudyService study;

    StudyHomePanel(StudyService study) {
        this.study = study;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.LEARNER);
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(Account account) {
        long userId = account.getId();
        var modules = study.moduleProgress(userId);
        int done = modules.stream().mapToInt(StudyService.ModuleProgress::completed).sum();
        int total = modules.stream().mapToInt(StudyService.ModuleProgress::total).sum();
        Div card = Cards.card("continue-card", study.hasStarted(userId) ? "Continue where you left off" : "Where to start");
        study.continueWith(userId).ifPresentOrElse(next -> {
            Anchor link = new Anchor(Links.lesson(next.id()), next.title());
            link.setId("continue-lesson");
            Span minutes = new Span(" · " + next.minutes() + " min");
            minutes.addClassName("praxis-muted");
            card.add(new Paragraph(link, minutes));
            if (!study.hasStarted(userId)) {
                card.add(new Paragraph("Start with the role itself, then the ML fundamentals. "
                        + "Every lesson ends with how interviewers probe the topic."));
            }
        }, () -> card.add(new Paragraph("You have completed every lesson. Keep practising cases!")));
        ProgressBar bar = new ProgressBar(0, Math.max(total, 1), done);
        bar.setId("overall-progress");
        Span count = new Span(done + " of " + total + " lessons complete");
        count.addClassName("praxis-muted");
        card.add(bar, count, new Div(new Anchor("study", "Browse all modules")));
        return card;
    }
}
