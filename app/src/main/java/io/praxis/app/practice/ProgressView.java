package io.praxis.app.practice;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.app.charts.XyChart;
import io.praxis.app.shell.Cards;
import io.praxis.content.Links;
import io.praxis.scoring.grading.CriterionGrade;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learner's practice history: score trend per case or question, and strengths and
 * weaknesses by skill area across every submitted attempt, with lessons for the weakest.
 * Each chart is drawn on the server and comes with the table of its numbers.
 */
@Route("practice/progress")
@PageTitle("Your progress · Practice · Praxis")
@RolesAllowed(Role.LEARNER_NAME)
public class ProgressView extends Div {

    /** One skill area's average over all criteria graded in it. */
    record SkillScore(String area, double averageLevel, int criteria, Set<String> lessons) {
        int percent() {
            return (int) Math.round(averageLevel / 3 * 100);
        }
    }

    ProgressView(PracticeService practice, CurrentUser currentUser) {
        addClassName("praxis-page");
        setId("practice-progress");
        long userId = currentUser.require().getId();
        List<AttemptView> submitted = practice.attemptsOf(userId).stream()
                .filter(a -> !a.isDraft() && a.report() != null).toList();
        add(new Anchor("practice", "← Practice"), new H1("Your progress"));
        if (submitted.isEmpty()) {
            add(Cards.empty("No submitted answers yet. Answer a case or question to see your trend and your "
                    + "strongest and weakest skills here.", "Go to practice", "practice"));
            return;
        }
        double average = submitted.stream().mapToInt(AttemptView::score).average().orElse(0);
        Paragraph lead = new Paragraph(submitted.size() + " submitted answers · average score "
                + Math.round(average) + "/100");
        lead.setId("progress-summary");
        add(lead, trend(submitted), skills(practice, submitted));
    }

    private Div trend(List<AttemptView> submitted) {
        Map<String, List<AttemptView>> byItem = new LinkedHashMap<>();
        submitted.stream().sorted(PracticeService.bySubmission())
                .forEach(a -> byItem.computeIfAbsent(a.itemTitle(), k -> new ArrayList<>()).add(a));
        XyChart chart = XyChart.create("Score by attempt", "Attempt", "Score").yRange(0, 100);
        DataTable table = new DataTable("Scores by attempt", "Case or question", "Attempts", "First", "Latest",
                "Best");
        byItem.forEach((title, attempts) -> {
            double[] x = new double[attempts.size()];
            double[] y = new double[attempts.size()];
            for (int i = 0; i < attempts.size(); i++) {
                x[i] = i + 1;
                y[i] = attempts.get(i).score();
            }
            chart.line(title, x, y);
            table.row(title, String.valueOf(attempts.size()), String.valueOf(attempts.getFirst().score()),
                    String.valueOf(attempts.getLast().score()),
                    String.valueOf(attempts.stream().mapToInt(AttemptView::score).max().orElse(0)));
        });
        ChartFigure figure = new ChartFigure("trend-chart");
        figure.show(chart.build(), "Score of each attempt, one line per case or question", table);
        return new Div(new H2("Score trend"), figure);
    }

    private Div skills(PracticeService practice, List<AttemptView> submitted) {
        Map<String, List<CriterionGrade>> byArea = new LinkedHashMap<>();
        for (AttemptView a : submitted) {
            for (CriterionGrade c : a.report().criteria()) {
                byArea.computeIfAbsent(SkillAreas.of(c.criterionId()), k -> new ArrayList<>()).add(c);
            }
        }
        List<SkillScore> scores = byArea.entrySet().stream().map(e -> {
            Set<String> lessons = new LinkedHashSet<>();
            e.getValue().stream().filter(c -> c.level() < 3).forEach(c -> lessons.addAll(c.lessons()));
            return new SkillScore(e.getKey(), e.getValue().stream().mapToInt(CriterionGrade::level).average()
                    .orElse(0), e.getValue().size(), lessons);
        }).sorted(Comparator.comparingDouble(SkillScore::averageLevel).reversed()).toList();

        BarChart chart = BarChart.create("Strength by skill area", "Skill area", "Average level (% of 3)")
                .horizontal().valueRange(0, 100).noLegend().valueLabels();
        chart.series("Average level", scores.stream().map(SkillScore::area).toList(),
                scores.stream().mapToDouble(s -> s.percent()).toArray());
        DataTable table = new DataTable("Average level by skill area", "Skill area", "Average level (0-3)",
                "Criteria graded");
        scores.forEach(s -> table.row(s.area(), String.format("%.2f", s.averageLevel()), String.valueOf(s.criteria())));
        ChartFigure figure = new ChartFigure("skills-chart");
        figure.show(chart.build(), "Average criterion level per skill area across all attempts", table);

        SkillScore strongest = scores.getFirst();
        SkillScore weakest = scores.getLast();
        List<String> suggested = weakest.lessons().stream().limit(3).toList();
        Paragraph verdict = new Paragraph(strongest.area() + ": strongest (" + strongest.percent() + "%). "
                + weakest.area() + ": weakest (" + weakest.percent() + "%)"
                + (suggested.isEmpty() ? "." : " — " + suggested.size() + " lesson" + (suggested.size() == 1 ? "" : "s")
                        + " suggested:"));
        verdict.setId("skills-verdict");
        Div lessons = new Div();
        lessons.setId("suggested-lessons");
        suggested.forEach(id -> practice.curriculum().lesson(id).ifPresent(l -> lessons.add(
                new Div(new Anchor(Links.lesson(id), l.title())))));
        return new Div(new H2("Strengths and weaknesses"), verdict, lessons, figure);
    }
}
