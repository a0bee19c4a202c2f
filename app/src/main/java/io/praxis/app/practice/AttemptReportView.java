package io.praxis.app.practice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.content.Links;
import io.praxis.scoring.grading.CriterionGrade;
import io.praxis.scoring.grading.Evidence;
import io.praxis.scoring.grading.GradeReport;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The feedback report of a submitted attempt: overall score, confidence, flags in plain
 * words, each criterion with its level, this level's and the next level's descriptor, the
 * sentences that earned it highlighted in the answer, what is missing with lessons to study,
 * and the model answer (shown only after a submission). Retry starts a new attempt; another
 * attempt at the same item can be compared side by side. Only the attempt's author may open it.
 * Other features add sections through {@link AttemptReportSection} beans.
 */
@Route("practice/attempt/:attemptId")
@PageTitle("Feedback · Practice · Praxis")
@RolesAllowed(Role.LEARNER_NAME)
public class AttemptReportView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final PracticeService practice;
    private final CurrentUser currentUser;
    private final List<AttemptReportSection> sections;
    private final Div answerBox = new Div();

    AttemptReportView(PracticeService practice, CurrentUser currentUser, List<AttemptReportSection> sections) {
        this.practice = practice;
        this.currentUser = currentUser;
        this.sections = sections;
        addClassName("praxis-page");
        setId("attempt-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long userId = currentUser.require().getId();
        AttemptView attempt;
        try {
            attempt = practice.get(userId, Long.parseLong(event.getRouteParameters().get("attemptId").orElse("")));
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PracticeItem item = practice.item(attempt.itemType(), attempt.itemId()).orElse(null);
        if (item == null || attempt.isDraft() || attempt.report() == null) {
            if (item != null) {
                event.forwardTo(item.url().substring(1));
            } else {
                event.rerouteToError(NotFoundException.class);
            }
            return;
        }
        removeAll();
        GradeReport report = attempt.report();
        add(new Anchor(item.url(), "← " + item.title()), new H1("Feedback"));
        Span when = new Span("Submitted " + WHEN.format(attempt.submittedAt())
                + (attempt.mode() == AttemptMode.MOCK ? " · mock interview" : "") + " · rubric " + report.rubricTag());
        when.addClassName("praxis-muted");
        add(when);
        if (event.getLocation().getQueryParameters().getParameters().containsKey("timeup")) {
            Paragraph timeUp = new Paragraph("Time ran out, so we submitted what you had written.");
            timeUp.setId("time-up-note");
            timeUp.addClassName("praxis-notice");
            add(timeUp);
        }
        add(summary(report));
        // Other features' sections (the mentor's review) sit next to the grader's judgement.
        sections.forEach(s -> s.create(attempt).ifPresent(this::add));
        add(criteria(report, attempt), answerSection(attempt, report), reveal(item), actions(item, userId),
                compare(userId, attempt));
    }

    private Div summary(GradeReport report) {
        Div score = new Div(new Span(String.valueOf(report.overall())), new Span("/100"));
        score.setId("overall-score");
        score.addClassName("praxis-score");
        Span confidence = new Span("Grader confidence " + Math.round(report.confidence() * 100) + "%");
        confidence.setId("confidence");
        confidence.addClassName("praxis-muted");
        Div box = new Div(score, confidence);
        box.addClassName("praxis-summary");
        if (!report.flags().isEmpty()) {
            UnorderedList flags = new UnorderedList();
            flags.setId("flags");
            report.flags().forEach(f -> flags.add(new ListItem(f.message())));
            box.add(flags);
        }
        if (report.needsReview()) {
            Paragraph review = new Paragraph("A mentor will review this answer: the grader is not sure enough, or "
                    + "something about the answer needs a person's judgement. Their review will appear here.");
            review.setId("mentor-review-note");
            review.addClassName("praxis-notice");
            box.add(review);
        }
        return box;
    }

    private Div criteria(GradeReport report, AttemptView attempt) {
        Div list = new Div(new H2("By criterion"));
        list.setId("criteria");
        for (CriterionGrade c : report.criteria()) {
            Div card = new Div();
            card.addClassName("praxis-card");
            card.addClassName("praxis-criterion");
            card.setId("criterion-" + c.criterionId());
            Span level = new Span("Level " + c.level() + " of 3");
            level.getElement().getThemeList().add(c.level() >= 2 ? "badge success" : c.level() == 1 ? "badge" : "badge error");
            level.addClassName("criterion-level");
            card.add(new H3(c.title()), level);
            card.add(new Paragraph(new Span("What the answer showed: "), new Span(c.descriptor())));
            if (c.nextDescriptor() != null) {
                Paragraph next = new Paragraph(new Span("To reach level " + (c.level() + 1) + ": "),
                        new Span(c.nextDescriptor()));
                next.addClassName("praxis-next-level");
                card.add(next);
            }
            if (c.feedback() != null && !c.feedback().isBlank()) {
                card.add(new Paragraph(c.feedback()));
            }
            if (!c.missing().isEmpty() && c.level() < 3) {
                Paragraph missing = new Paragraph("Missing: " + String.join("; ",
                        c.missing().stream().map(m -> m.label()).toList()));
                missing.addClassName("praxis-muted");
                card.add(missing);
            }
            if (!c.lessons().isEmpty() && c.level() < 3) {
                Div lessons = new Div(new Span("Study: "));
                c.lessons().forEach(id -> practice.curriculum().lesson(id).ifPresent(l -> {
                    Anchor a = new Anchor(Links.lesson(id), l.title());
                    a.addClassName("lesson-link");
                    lessons.add(a, new Span(" "));
                }));
                card.add(lessons);
            }
            Button show = new Button("Show its evidence (" + c.evidence().size() + ")",
                    e -> showEvidence(attempt.answerText(), c.evidence()));
            show.setId("evidence-" + c.criterionId());
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            show.setEnabled(!c.evidence().isEmpty());
            card.add(show);
            list.add(card);
        }
        return list;
    }

    private Div answerSection(AttemptView attempt, GradeReport report) {
        answerBox.setId("answer-text");
        List<Evidence> all = report.criteria().stream().flatMap(c -> c.evidence().stream()).toList();
        showEvidence(attempt.answerText(), all);
        Button everything = new Button("Highlight all evidence", e -> showEvidence(attempt.answerText(), all));
        everything.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph words = new Paragraph(report.wordCount() + " words. Highlighted sentences earned credit.");
        words.addClassName("praxis-muted");
        return new Div(new H2("Your answer"), words, everything, answerBox);
    }

    private void showEvidence(String answer, List<Evidence> evidence) {
        answerBox.removeAll();
        answerBox.add(AnswerHighlighter.render(answer, evidence));
    }

    private Div reveal(PracticeItem item) {
        Div box = new Div();
        if (item.modelAnswer() != null) {
            Paragraph model = new Paragraph(item.modelAnswer());
            model.setId("model-answer");
            model.addClassName("praxis-model-answer");
            Details details = new Details("Model answer", model);
            details.setId("model-answer-details");
            box.add(details);
        }
        if (!item.guidance().isEmpty()) {
            UnorderedList points = new UnorderedList();
            item.guidance().forEach(g -> points.add(new ListItem(g)));
            Div guidance = new Div(points, new Paragraph("Common pitfall: " + item.pitfall()));
            guidance.setId("model-answer");
            Details details = new Details("What a strong answer covers", guidance);
            details.setId("model-answer-details");
            box.add(details);
        }
        return box;
    }

    private Div actions(PracticeItem item, long userId) {
        Button retry = new Button("Try again", e -> {
            practice.startNew(userId, item.type(), item.id(), AttemptMode.PRACTICE);
            UI.getCurrent().navigate(item.url().substring(1));
        });
        retry.setId("retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor progress = new Anchor("practice/progress", "See your progress");
        progress.setId("progress-link");
        Div box = new Div(retry, progress);
        box.addClassName("praxis-actions");
        return box;
    }

    private Div compare(long userId, AttemptView current) {
        Div box = new Div();
        box.setId("compare");
        List<AttemptView> others = practice.attemptsOf(userId, current.itemType(), current.itemId()).stream()
                .filter(a -> !a.isDraft() && a.id() != current.id() && a.report() != null).toList();
        if (others.isEmpty()) {
            return box;
        }
        box.add(new H2("Compare with another attempt"));
        Select<AttemptView> select = new Select<>();
        select.setId("compare-select");
        select.setItems(others);
        select.setItemLabelGenerator(a -> WHEN.format(a.submittedAt()) + " · " + a.score() + "/100");
        Div table = new Div();
        table.setId("compare-table");
        select.addValueChangeListener(e -> {
            table.removeAll();
            if (e.getValue() != null) {
                table.add(CompareTable.of(current, e.getValue()));
            }
        });
        box.add(select, table);
        return box;
    }
}
