package io.praxis.app.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.praxis.scoring.grading.CriterionGrade;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Two attempts at the same item side by side: overall score and level per criterion, then both answers. */
final class CompareTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    private CompareTable() {
    }

    static Component of(AttemptView left, AttemptView right) {
        Div grid = new Div();
        grid.addClassName("praxis-compare");
        grid.add(cell("Criterion", true), cell(WHEN.format(left.submittedAt()), true),
                cell(WHEN.format(right.submittedAt()), true));
        grid.add(cell("Overall", false), cell(left.score() + "/100", false), cell(right.score() + "/100", false));
        for (CriterionGrade c : left.report().criteria()) {
            int other = right.report().criterion(c.criterionId()).map(CriterionGrade::level).orElse(-1);
            grid.add(cell(c.title(), false), cell("level " + c.level(), false),
                    cell(other < 0 ? "n/a" : "level " + other, false));
        }
        Div answers = new Div(answer(left), answer(right));
        answers.addClassName("praxis-compare-answers");
        return new Div(grid, answers);
    }

    private static Span cell(String text, boolean header) {
        Span s = new Span(text);
        if (header) {
            s.addClassName("header");
        }
        return s;
    }

    private static Div answer(AttemptView a) {
        Paragraph p = new Paragraph(a.answerText());
        p.addClassName("praxis-answer");
        return new Div(p);
    }
}
