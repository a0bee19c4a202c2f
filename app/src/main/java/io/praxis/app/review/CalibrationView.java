package io.praxis.app.review;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.app.practice.ItemType;
import io.praxis.app.review.CalibrationService.CriterionRow;
import io.praxis.app.review.CalibrationService.Disagreement;
import io.praxis.app.review.CalibrationService.ItemRow;
import io.praxis.app.review.CalibrationService.Report;
import io.praxis.app.review.CalibrationService.Stats;
import io.praxis.app.shell.Cards;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Calibration: how well the grader agrees with the mentors' released reviews, per case or
 * question and per criterion (quadratic weighted kappa, exact and adjacent agreement, mean
 * difference mentor − grader), the submissions where they disagree most, and the reviewed case
 * answers as a gold set in the grader's JSONL format, to extend its evaluation set.
 */
@Route("review/calibration")
@PageTitle("Calibration · Review · Praxis")
@Menu(order = 55, title = "Calibration", icon = "vaadin:scale")
@RolesAllowed({Role.MENTOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/review.css")
public class CalibrationView extends Div implements BeforeEnterObserver {

    private final CalibrationService calibration;
    private final CurrentUser currentUser;

    CalibrationView(CalibrationService calibration, CurrentUser currentUser) {
        this.calibration = calibration;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        addClassName("praxis-calibration-page");
        setId("calibration");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long viewerId = currentUser.require().getId();
        Report report = calibration.report(viewerId);
        removeAll();
        add(new Anchor("review", "← Review queue"), new H1("Calibration: grader vs mentors"),
                new Paragraph("Every released review is data: each criterion a mentor scored is a pair of the grader's "
                        + "level and the mentor's. Agreement is measured on the latest version of each review. A mean "
                        + "difference above zero means mentors gave higher levels than the grader."));
        if (report.reviews() == 0) {
            add(Cards.empty("No review has been released yet. Released reviews appear here.", "Open the review queue",
                    "review"));
            return;
        }
        add(summary(report), chart(report), items(report), disagreements(report), export(viewerId, report));
    }

    private Div summary(Report report) {
        Stats s = report.overall();
        Div stats = new Div(Cards.stat(String.valueOf(report.reviews()), "released reviews"),
                Cards.stat(String.valueOf(s.pairs()), "criterion judgements"),
                Cards.stat(number(s.kappa()), "quadratic weighted kappa"),
                Cards.stat(percent(s.exact()), "exact agreement"),
                Cards.stat(percent(s.adjacent()), "within one level"),
                Cards.stat(signed(s.meanDifference()), "mean difference (mentor − grader)"));
        stats.setId("calibration-summary");
        stats.addClassName("praxis-stats-row");
        return stats;
    }

    private ChartFigure chart(Report report) {
        // Category names must be distinct: a question and a case could share a title.
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> names = report.items().stream()
                .map(i -> seen.add(i.title()) ? i.title() : i.title() + " (" + i.itemId() + ")").toList();
        double[] exact = report.items().stream().mapToDouble(i -> nanToZero(i.stats().exact())).toArray();
        double[] adjacent = report.items().stream().mapToDouble(i -> nanToZero(i.stats().adjacent())).toArray();
        DataTable table = new DataTable("Agreement per case or question", "Case or question", "Reviews",
                "Exact agreement", "Within one level");
        report.items().forEach(i -> table.row(i.title(), String.valueOf(i.reviews()), percent(i.stats().exact()),
                percent(i.stats().adjacent())));
        ChartFigure figure = new ChartFigure("calibration-chart");
        figure.show(BarChart.create("Grader–mentor agreement", "Case or question", "Share of criterion judgements")
                .series("Exact", names, exact).series("Within one level", names, adjacent).valueRange(0, 1)
                .percentValues().horizontal().build(), "Share of criterion levels where grader and mentor agree "
                + "exactly or within one level, per case or question.", table);
        return figure;
    }

    private Div items(Report report) {
        Div box = new Div(new H2("Per case and criterion"));
        box.setId("calibration-items");
        DataTable all = new DataTable("Agreement per case or question", "Case or question", "Type", "Reviews",
                "Kappa", "Exact", "Adjacent", "Mean difference", "Score difference");
        for (ItemRow i : report.items()) {
            all.row(i.title(), i.type() == ItemType.CASE ? "case" : "question", String.valueOf(i.reviews()),
                    number(i.stats().kappa()), percent(i.stats().exact()), percent(i.stats().adjacent()),
                    signed(i.stats().meanDifference()), signed(i.meanScoreDifference()));
        }
        var overview = all.toComponent();
        overview.setId("calibration-items-table");
        box.add(overview);
        for (ItemRow i : report.items()) {
            DataTable t = new DataTable(i.title() + ": per criterion", "Criterion", "Judgements", "Kappa", "Exact",
                    "Adjacent", "Mean difference");
            for (CriterionRow c : i.criteria()) {
                Stats s = c.stats();
                t.row(c.title(), String.valueOf(s.pairs()), number(s.kappa()), percent(s.exact()),
                        percent(s.adjacent()), signed(s.meanDifference()));
            }
            var component = t.toComponent();
            component.setId("calibration-" + i.type().name().toLowerCase(Locale.ROOT) + "-" + i.itemId());
            box.add(new H3(i.title()), component);
        }
        return box;
    }

    private Div disagreements(Report report) {
        Div box = new Div(new H2("Where they disagree most"));
        box.setId("disagreements");
        if (report.disagreements().isEmpty()) {
            box.add(Cards.empty("Grader and mentors agree on every level so far.", null, null));
            return box;
        }
        box.add(new Paragraph("Submissions with the largest total level difference: candidates for improving the "
                + "rubric's descriptors, concepts or exemplars."));
        for (Disagreement d : report.disagreements()) {
            Div row = new Div();
            row.setId("disagreement-" + d.attemptId());
            row.addClassName("praxis-card");
            row.addClassName("praxis-disagreement");
            Anchor open = new Anchor("review/" + d.attemptId(), d.itemTitle());
            Span who = new Span(d.learnerName() + " · grader " + d.graderScore() + "/100, mentor " + d.mentorScore()
                    + "/100 · " + d.distance() + " level" + (d.distance() == 1 ? "" : "s") + " apart");
            who.addClassName("praxis-muted");
            Paragraph biggest = new Paragraph("Largest: " + d.biggest());
            // The answer is learner input: a text node, never HTML.
            Paragraph excerpt = new Paragraph(d.excerpt());
            excerpt.addClassName("praxis-excerpt");
            row.add(open, who, biggest, excerpt);
            box.add(row);
        }
        return box;
    }

    private Div export(long viewerId, Report report) {
        Div box = new Div(new H2("Export as gold set"));
        box.setId("gold-export");
        List<ItemRow> cases = report.items().stream().filter(i -> i.type() == ItemType.CASE).toList();
        if (cases.isEmpty()) {
            box.add(Cards.empty("Only reviewed cases can be exported; no case review has been released yet.", null,
                    null));
            return box;
        }
        box.add(new Paragraph("One JSON line per reviewed case answer, in the grader's gold-set format: {\"case\", "
                + "\"answer\", \"score\", \"levels\"}, the score computed from the mentor's levels with the rubric "
                + "weights. Interview questions are not part of gold sets."));
        Select<ItemRow> which = new Select<>();
        which.setId("export-case");
        which.setLabel("Case");
        which.setEmptySelectionAllowed(true);
        which.setEmptySelectionCaption("All cases");
        which.setItems(cases);
        which.setItemLabelGenerator(i -> i == null ? "All cases" : i.title());
        Anchor download = new Anchor();
        download.setId("export-gold");
        download.setText("Download gold set (JSONL)");
        Runnable update = () -> {
            String caseId = which.getValue() == null ? null : which.getValue().itemId();
            String name = "gold-" + (caseId == null ? "all-cases" : caseId) + ".jsonl";
            download.setHref(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = calibration.goldSet(viewerId, caseId).getBytes(StandardCharsets.UTF_8);
                return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                        name, "application/x-ndjson", bytes.length);
            }), AttachmentType.DOWNLOAD);
        };
        which.addValueChangeListener(e -> update.run());
        update.run();
        box.add(which, download);
        return box;
    }

    static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "–" : Math.round(v * 100) + "%";
    }

    static String signed(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%+.2f", v);
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
