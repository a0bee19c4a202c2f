package io.praxis.app.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import io.praxis.app.dashboard.CohortDashboard.AgeBucket;
import io.praxis.app.dashboard.CohortDashboard.AreaAverage;
import io.praxis.app.dashboard.CohortDashboard.AtRiskLearner;
import io.praxis.app.dashboard.CohortDashboard.Backlog;
import io.praxis.app.dashboard.CohortDashboard.ItemAttempts;
import io.praxis.app.dashboard.CohortDashboard.LearnerRow;
import io.praxis.app.dashboard.CohortDashboard.ModuleColumn;
import io.praxis.app.dashboard.CohortDashboard.WeekCount;
import io.praxis.app.practice.ItemType;
import io.praxis.app.shell.Cards;
import jakarta.annotation.security.RolesAllowed;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cohort dashboard for its admins and mentors: who is at risk and why, a learners ×
 * modules progress heatmap, lessons completed per week, practice scores per skill area and
 * per case, the review backlog with the median turnaround, and CSV exports of progress and
 * scores. Every chart is drawn on the server with the table of its numbers. The service
 * checks that the reader may see the cohort; a cohort they may not see looks like a missing one.
 * Names and titles are set as text, never as HTML.
 *
 * <p>Ids: {@code at-risk} (grid {@code at-risk-table} with links {@code at-risk-link-<learner id>},
 * rule {@code pace-rule}), {@code progress-heatmap} (grid {@code progress-heatmap-table}, columns keyed
 * {@code learner}, {@code module-<module id>} and {@code all}, links {@code learner-link-<learner id>}), the charts
 * {@code weekly-lessons}, {@code criterion-averages} and {@code review-backlog-ages} (each with
 * {@code -table}), {@code case-attempts}, {@code review-backlog} (turnaround
 * {@code review-turnaround}), and the downloads {@code export-progress} and {@code export-scores}.
 */
@Route("dashboard/:cohortId")
@RolesAllowed({Role.MENTOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/dashboard.css")
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private String title = "Cohort dashboard · Praxis";

    DashboardView(DashboardService dashboards, CurrentUser currentUser, Clock clock) {
        this.dashboards = dashboards;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        addClassName("praxis-page");
        addClassName("praxis-dashboard");
        setId("cohort-dashboard");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long viewerId = currentUser.require().getId();
        CohortDashboard d;
        try {
            long cohortId = Long.parseLong(event.getRouteParameters().get("cohortId").orElse(""));
            d = dashboards.dashboard(viewerId, cohortId);
        } catch (NumberFormatException | AccessDeniedException e) {
            // Same page for "no such cohort" and "not your cohort": ids reveal nothing.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = d.cohortName() + " · Cohort dashboard · Praxis";
        removeAll();
        render(d, viewerId);
    }

    private void render(CohortDashboard d, long viewerId) {
        Anchor back = new Anchor("dashboard", "← All cohorts");
        H1 heading = new H1(d.cohortName());
        heading.setId("dashboard-title");
        Paragraph dates = new Paragraph(Formats.day(d.start()) + " – " + Formats.day(d.end()) + weekOf(d)
                + " · figures as of " + Formats.day(d.today()));
        dates.addClassName("praxis-muted");
        add(back, heading, dates, stats(d), exports(d.cohortId(), viewerId));
        if (d.learners().isEmpty()) {
            add(Cards.empty("No learner in this cohort yet. Once learners are enrolled, their progress, scores "
                    + "and risks show here.", null, null));
            return;
        }
        add(atRisk(d), heatmap(d), weekly(d), practice(d), backlog(d));
    }

    private static String weekOf(CohortDashboard d) {
        if (d.today().isBefore(d.start())) {
            return " · starts in " + Formats.plural(ChronoUnit.DAYS.between(d.today(), d.start()), "day", "days");
        }
        long weeks = ChronoUnit.DAYS.between(d.start(), d.end()) / 7 + 1;
        long week = Math.min(weeks, ChronoUnit.DAYS.between(d.start(), d.today()) / 7 + 1);
        return d.today().isAfter(d.end()) ? " · ended" : " · week " + week + " of " + weeks;
    }

    private Div stats(CohortDashboard d) {
        Div stats = new Div(
                stat("stat-learners", String.valueOf(d.learners().size()), "learners"),
                stat("stat-lessons", String.valueOf(d.lessonsCompleted()), "lessons completed"),
                stat("stat-attempts", String.valueOf(d.submittedAttempts()), "attempts submitted"),
                stat("stat-backlog", String.valueOf(d.backlog().total()), "awaiting review"),
                stat("stat-at-risk", String.valueOf(d.atRisk().size()), "at risk"));
        stats.addClassName("praxis-dashboard-stats");
        stats.setId("dashboard-stats");
        return stats;
    }

    private static Div stat(String id, String value, String caption) {
        Div stat = Cards.stat(value, caption);
        stat.setId(id);
        return stat;
    }

    private Div exports(long cohortId, long viewerId) {
        Anchor progress = download("export-progress", "Download progress (CSV)",
                "cohort-" + cohortId + "-progress.csv", id -> dashboards.progressCsv(id, cohortId), viewerId);
        Anchor scores = download("export-scores", "Download scores (CSV)", "cohort-" + cohortId + "-scores.csv",
                id -> dashboards.scoresCsv(id, cohortId), viewerId);
        Div exports = new Div(progress, scores);
        exports.addClassName("praxis-dashboard-exports");
        exports.setId("dashboard-exports");
        return exports;
    }

    /**
     * A download link. The CSV is built when the link is followed, and the service checks access
     * again then: a mentor removed from the cohort since the page opened gets nothing.
     */
    static Anchor download(String id, String text, String fileName, LongFunction<String> csv, long viewerId) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = csv.apply(viewerId).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8",
                        bytes.length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
        }), AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        anchor.addClassName("praxis-download");
        return anchor;
    }

    // ---- at risk ------------------------------------------------------------------------------------

    private Div atRisk(CohortDashboard d) {
        Div section = section("at-risk", "At risk");
        Paragraph rule = new Paragraph("Flagged when there has been no activity for " + AtRiskRules.INACTIVE_DAYS
                + " days (lessons opened or completed, attempts submitted), when behind the pace, or after level 0-"
                + AtRiskRules.LOW_LEVEL + " in a skill area in each of the last " + AtRiskRules.LOW_STREAK
                + " attempts graded on it. " + d.paceRule().description());
        rule.setId("pace-rule");
        rule.addClassName("praxis-muted");
        section.add(rule);
        if (d.atRisk().isEmpty()) {
            Paragraph none = new Paragraph("No learner is at risk today.");
            none.setId("at-risk-none");
            section.add(none);
            return section;
        }
        Paragraph count = new Paragraph(Formats.plural(d.atRisk().size(), "learner is", "learners are")
                + " at risk today.");
        count.setId("at-risk-count");
        Grid<AtRiskLearner> grid = new Grid<>();
        grid.setId("at-risk-table");
        grid.addClassName("praxis-dashboard-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", "Learners at risk and why");
        grid.addColumn(learnerLink("at-risk-link-", AtRiskLearner::id, AtRiskLearner::name, r -> ""))
                .setHeader("Learner").setKey("learner").setComparator(r -> r.name().toLowerCase(Locale.ROOT))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<AtRiskLearner>of("<span class=\"praxis-reasons-text\">${item.why}</span>")
                .withProperty("why", r -> r.reasons().stream().map(Reason::text).collect(Collectors.joining("\n"))))
                .setHeader("Why").setKey("why").setFlexGrow(1);
        grid.addColumn(r -> Formats.day(r.lastActivity(), zone)).setHeader("Last activity").setKey("last")
                .setComparator(r -> r.lastActivity() == null ? Instant.EPOCH : r.lastActivity()).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(d.atRisk());
        size(grid, d.atRisk().size());
        section.add(count, grid);
        return section;
    }

    // ---- progress heatmap -------------------------------------------------------------------------

    /**
     * The heatmap is a grid rather than a plain table: it sends the browser only the rows in
     * view, so a cohort of hundreds of learners loads as fast as one of ten, and every column
     * sorts. Each cell shows "done/total" (the number behind the shade) and a tooltip in words.
     */
    private Div heatmap(CohortDashboard d) {
        Div section = section("progress-heatmap", "Progress by module");
        Paragraph help = new Paragraph("Lessons completed of each module's lessons; the darker the cell, the further "
                + "the learner is. Sort by any column; open a learner for details.");
        help.addClassName("praxis-muted");
        Grid<LearnerRow> grid = new Grid<>();
        grid.setId("progress-heatmap-table");
        grid.addClassName("praxis-heatmap");
        grid.addClassName("praxis-dashboard-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", "Lessons completed per learner and module");
        grid.addColumn(learnerLink("learner-link-", LearnerRow::id, LearnerRow::name,
                        r -> r.active() ? "" : " (deactivated)"))
                .setHeader("Learner").setKey("learner").setComparator(r -> r.name().toLowerCase(Locale.ROOT))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < d.modules().size(); i++) {
            int column = i;
            ModuleColumn m = d.modules().get(i);
            heatColumn(grid, "module-" + m.id(), m.title() + " (" + m.lessons() + ")", m.title(),
                    r -> r.completedByModule().get(column), m.lessons());
        }
        heatColumn(grid, "all", "All (" + d.totalLessons() + ")", "all modules", LearnerRow::completed,
                d.totalLessons());
        grid.setItems(d.learners());
        size(grid, d.learners().size());
        section.add(help, grid);
        return section;
    }

    private static void heatColumn(Grid<LearnerRow> grid, String key, String header, String what,
            ToIntFunction<LearnerRow> done, int total) {
        grid.addColumn(r -> done.applyAsInt(r) + "/" + total).setHeader(header).setKey(key)
                .setComparator(r -> done.applyAsInt(r)).setWidth("6.5rem").setFlexGrow(1)
                .setTextAlign(ColumnTextAlign.CENTER)
                .setPartNameGenerator(r -> "heat heat-" + shade(done.applyAsInt(r), total))
                .setTooltipGenerator(r -> r.name() + ", " + what + ": " + done.applyAsInt(r) + " of " + total
                        + " lessons (" + (total == 0 ? 0 : Math.round(100.0 * done.applyAsInt(r) / total)) + "%)");
    }

    /** The shade of a heatmap cell in five steps: 0 for none, then 1-4 by quarters of the lessons. */
    static int shade(int done, int total) {
        return done == 0 || total == 0 ? 0 : Math.min(4, (int) Math.ceil(4.0 * done / total));
    }

    /** Small grids show every row; large ones scroll and load rows as they come into view. */
    private static void size(Grid<?> grid, int rows) {
        if (rows <= 25) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("560px");
        }
    }

    // ---- lessons per week ---------------------------------------------------------------------------

    private Div weekly(CohortDashboard d) {
        Div section = section("weekly-lessons-section", "Lessons completed per week");
        ChartFigure figure = new ChartFigure("weekly-lessons", 720, 320);
        if (d.weeks().isEmpty()) {
            figure.showMessage("The cohort has not started yet.");
        } else {
            List<String> labels = d.weeks().stream().map(w -> "Week " + w.week()).toList();
            BarChart chart = BarChart.create(null, "Cohort week", "Lessons completed").noLegend().valueLabels()
                    .valueFormat("0");
            chart.series("Lessons completed", labels, d.weeks().stream().mapToDouble(WeekCount::lessons).toArray());
            DataTable table = new DataTable("Lessons completed per cohort week", "Week", "Starts", "Lessons completed",
                    "Learners completing a lesson");
            d.weeks().forEach(w -> table.row("Week " + w.week(), Formats.day(w.starts()), String.valueOf(w.lessons()),
                    String.valueOf(w.learners())));
            if (d.completedBeforeStart() > 0) {
                table.row("Before the start", "", String.valueOf(d.completedBeforeStart()), "");
            }
            figure.show(integerAxis(chart.build()), "Lessons completed by the cohort's learners in each week since "
                    + "the cohort started", table);
        }
        section.add(figure);
        return section;
    }

    // ---- practice -----------------------------------------------------------------------------------

    private Div practice(CohortDashboard d) {
        Div section = section("practice-section", "Practice: attempts and criterion levels");
        ChartFigure figure = new ChartFigure("criterion-averages", 720, Math.max(240, 60 + 36 * d.areas().size()));
        if (d.areas().isEmpty()) {
            figure.showMessage("No submitted attempts yet.");
            section.add(figure);
            return section;
        }
        BarChart chart = BarChart.create(null, "Skill area", "Average level (0-3)").horizontal().valueRange(0, 3)
                .noLegend().valueLabels().valueFormat("0.00");
        chart.series("Average level", d.areas().stream().map(AreaAverage::area).toList(),
                d.areas().stream().mapToDouble(AreaAverage::averageLevel).toArray());
        DataTable table = new DataTable("Average criterion level per skill area, weakest first", "Skill area",
                "Average level (0-3)", "Criteria graded", "Attempts", "Learners");
        d.areas().forEach(a -> table.row(a.area(), String.format(Locale.ROOT, "%.2f", a.averageLevel()),
                String.valueOf(a.criteria()), String.valueOf(a.attempts()), String.valueOf(a.learners())));
        figure.show(chart.build(), "Average level of the grader's criterion scores per skill area over all "
                + "submitted attempts, weakest first", table);

        NativeTable items = table("case-attempts", "Submitted attempts per case and question", "Case or question",
                "Type", "Attempts", "Learners", "Average score", "Routed to a mentor");
        for (ItemAttempts i : d.items()) {
            NativeTableRow row = items.getBody().addRow();
            var th = row.addHeaderCell();
            th.setText(i.title());
            th.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(i.type() == ItemType.CASE ? "Case" : "Question");
            row.addDataCell().setText(String.valueOf(i.attempts()));
            row.addDataCell().setText(String.valueOf(i.learners()));
            row.addDataCell().setText(String.valueOf(Math.round(i.averageScore())));
            row.addDataCell().setText(String.valueOf(i.needsReview()));
        }
        section.add(figure, scroll(items));
        return section;
    }

    // ---- review backlog -----------------------------------------------------------------------------

    private Div backlog(CohortDashboard d) {
        Div section = section("review-backlog", "Review backlog");
        Backlog b = d.backlog();
        Paragraph summary = new Paragraph(Formats.plural(b.waiting(), "submission waits", "submissions wait")
                + " for a mentor (routed by the grader), " + b.inReview() + " in review"
                + (b.oldestSubmittedAt() == null ? "."
                        : "; the oldest was submitted on " + Formats.day(b.oldestSubmittedAt(), zone) + "."));
        summary.setId("review-backlog-summary");
        Paragraph turnaround = new Paragraph();
        turnaround.setId("review-turnaround");
        if (!d.turnaround().available()) {
            turnaround.setText("Median review turnaround: not available yet (mentor reviews are not recorded yet).");
        } else if (d.turnaround().median() == null) {
            turnaround.setText("Median review turnaround: no review released yet.");
        } else {
            turnaround.setText("Median review turnaround: " + Formats.duration(d.turnaround().median())
                    + " from submission to released review.");
        }
        section.add(summary, turnaround);
        ChartFigure figure = new ChartFigure("review-backlog-ages", 560, 260);
        if (b.total() == 0) {
            figure.showMessage("Nothing is waiting for review.");
        } else {
            BarChart chart = BarChart.create(null, "Waiting for", "Submissions").noLegend().valueLabels()
                    .valueFormat("0");
            chart.series("Submissions", b.ages().stream().map(AgeBucket::label).toList(),
                    b.ages().stream().mapToDouble(AgeBucket::count).toArray());
            DataTable table = new DataTable("Submissions awaiting review by time waited", "Waiting for",
                    "Submissions");
            b.ages().forEach(a -> table.row(a.label(), String.valueOf(a.count())));
            figure.show(integerAxis(chart.build()), "How long the submissions awaiting review have waited since "
                    + "they were submitted", table);
        }
        section.add(figure);
        return section;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /**
     * A grid column's link to a learner's page. Lit binds the name as text content (never as
     * markup) and the id is a number, so a name full of tags stays inert.
     */
    static <T> LitRenderer<T> learnerLink(String idPrefix, ValueProvider<T, Long> id, ValueProvider<T, String> name,
            ValueProvider<T, String> note) {
        return LitRenderer.<T>of("<a id=\"" + idPrefix + "${item.id}\" href=\"learners/${item.id}\">${item.name}</a>"
                        + "<span class=\"praxis-muted\">${item.note}</span>")
                .withProperty("id", id).withProperty("name", name).withProperty("note", note);
    }

    /** Counts are whole: ticks at whole numbers only (never 0, 0, 1, 1, 2 from rounded quarters). */
    static JFreeChart integerAxis(JFreeChart chart) {
        if (chart.getCategoryPlot().getRangeAxis() instanceof NumberAxis axis) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }

    static Div section(String id, String heading) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        section.addClassName("praxis-dashboard-section");
        return section;
    }

    static NativeTable table(String id, String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("praxis-data-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String h : headers) {
            head.addHeaderCell().setText(h);
        }
        return table;
    }

    static Component scroll(Component table) {
        Div wrap = new Div(table);
        wrap.addClassName("praxis-table-scroll");
        return wrap;
    }
}
