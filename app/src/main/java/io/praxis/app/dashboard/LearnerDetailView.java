package io.praxis.app.dashboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import io.praxis.app.dashboard.LearnerDetail.AttemptRow;
import io.praxis.app.dashboard.LearnerDetail.ModuleRow;
import io.praxis.app.practice.ItemType;
import io.praxis.app.shell.Cards;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * One learner for the mentors and admins of their cohort: at-risk reasons, progress per
 * module, submitted attempts with scores, released mentor reviews and the pace of their plan.
 * Learners never open it (not even their own: they have their own pages); a mentor opens only
 * the learners of their cohorts, checked by the service, and anyone else sees "not found".
 * Attempts are listed without links, because the attempt pages belong to the learner.
 *
 * <p>Ids: the page {@code learner-detail}, {@code learner-name}, {@code learner-at-risk},
 * the chart {@code learner-progress} (table {@code learner-progress-table}),
 * {@code learner-skills}, {@code learner-attempts}, {@code learner-reviews}, {@code learner-plan}.
 */
@Route("learners/:learnerId")
@RolesAllowed({Role.MENTOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/dashboard.css")
public class LearnerDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final DashboardService dashboards;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private String title = "Learner · Praxis";

    LearnerDetailView(DashboardService dashboards, CurrentUser currentUser, Clock clock) {
        this.dashboards = dashboards;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        addClassName("praxis-page");
        addClassName("praxis-dashboard");
        setId("learner-detail");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LearnerDetail d;
        try {
            long learnerId = Long.parseLong(event.getRouteParameters().get("learnerId").orElse(""));
            d = dashboards.learner(currentUser.require().getId(), learnerId);
        } catch (NumberFormatException | AccessDeniedException e) {
            // Same page for "no such learner" and "not your learner": ids reveal nothing.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = d.name() + " · Learner · Praxis";
        removeAll();
        render(d);
    }

    private void render(LearnerDetail d) {
        if (d.cohort() != null) {
            Anchor back = new Anchor("dashboard/" + d.cohort().id(), "← " + d.cohort().name());
            back.setId("learner-cohort-link");
            add(back);
        } else {
            add(new Anchor("dashboard", "← Cohort dashboard"));
        }
        H1 name = new H1(d.name());
        name.setId("learner-name");
        Paragraph who = new Paragraph(d.email() + (d.active() ? "" : " · account deactivated")
                + (d.cohort() == null ? " · in no cohort" : " · " + d.cohort().name())
                + " · last activity: " + Formats.day(d.lastActivity(), zone));
        who.setId("learner-summary");
        who.addClassName("praxis-muted");
        add(name, who, atRisk(d), progress(d), skills(d), attempts(d), reviews(d), plan(d));
    }

    private Div atRisk(LearnerDetail d) {
        Div box = new Div();
        box.setId("learner-at-risk");
        box.addClassName("praxis-dashboard-section");
        if (d.atRisk().isEmpty()) {
            box.add(new Paragraph(d.active() ? "Not at risk today." : "The account is deactivated."));
        } else {
            box.addClassName("praxis-risk-box");
            box.add(new H3("At risk"));
            UnorderedList list = new UnorderedList();
            list.addClassName("praxis-reasons");
            for (Reason r : d.atRisk()) {
                ListItem item = new ListItem(r.text());
                item.addClassName(r.kind().id());
                list.add(item);
            }
            box.add(list);
        }
        Paragraph rule = new Paragraph(d.paceRule().description());
        rule.addClassName("praxis-muted");
        box.add(rule);
        return box;
    }

    private Div progress(LearnerDetail d) {
        Div section = DashboardView.section("learner-progress-section", "Progress per module");
        Paragraph total = new Paragraph(d.completed() + " of " + d.totalLessons() + " lessons completed.");
        total.setId("learner-progress-total");
        BarChart chart = BarChart.create(null, "Module", "Lessons completed (% of the module)").horizontal().valueRange(0, 100)
                .noLegend().valueLabels().valueFormat("0'%'");
        chart.series("Completed", d.modules().stream().map(ModuleRow::title).toList(),
                d.modules().stream().mapToDouble(m -> m.total() == 0 ? 0 : 100.0 * m.completed() / m.total())
                        .toArray());
        DataTable table = new DataTable("Lessons completed per module", "Module", "Completed", "Lessons", "Percent");
        d.modules().forEach(m -> table.row(m.title(), String.valueOf(m.completed()), String.valueOf(m.total()),
                (m.total() == 0 ? 0 : Math.round(100.0 * m.completed() / m.total())) + "%"));
        ChartFigure figure = new ChartFigure("learner-progress", 720, 60 + 40 * Math.max(3, d.modules().size()));
        figure.show(chart.build(), "Share of each module's lessons the learner has completed", table);
        section.add(total, figure);
        return section;
    }

    private Div skills(LearnerDetail d) {
        Div section = DashboardView.section("learner-skills-section", "Criterion levels by skill area");
        ChartFigure figure = new ChartFigure("learner-skills", 720, Math.max(240, 60 + 36 * d.areas().size()));
        if (d.areas().isEmpty()) {
            figure.showMessage("No submitted attempts yet.");
        } else {
            BarChart chart = BarChart.create(null, "Skill area", "Average level (0-3)").horizontal().valueRange(0, 3)
                    .noLegend().valueLabels().valueFormat("0.00");
            chart.series("Average level", d.areas().stream().map(CohortDashboard.AreaAverage::area).toList(),
                    d.areas().stream().mapToDouble(CohortDashboard.AreaAverage::averageLevel).toArray());
            DataTable table = new DataTable("Average criterion level per skill area, weakest first", "Skill area",
                    "Average level (0-3)", "Criteria graded", "Attempts");
            d.areas().forEach(a -> table.row(a.area(), String.format(Locale.ROOT, "%.2f", a.averageLevel()),
                    String.valueOf(a.criteria()), String.valueOf(a.attempts())));
            figure.show(chart.build(), "Average level of the grader's criterion scores per skill area, weakest first",
                    table);
        }
        section.add(figure);
        return section;
    }

    private Div attempts(LearnerDetail d) {
        Div section = DashboardView.section("learner-attempts-section", "Attempts");
        if (d.attempts().isEmpty()) {
            Paragraph none = new Paragraph("No submitted attempts yet.");
            none.setId("learner-attempts-none");
            section.add(none);
            return section;
        }
        NativeTable table = DashboardView.table("learner-attempts", "Submitted attempts, newest first", "Submitted",
                "Case or question", "Type", "Score", "Grader confidence", "Status", "Routed to a mentor");
        for (AttemptRow a : d.attempts()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("learner-attempt-" + a.id());
            row.addDataCell().setText(a.submittedAt() == null ? "" : WHEN.format(a.submittedAt().atZone(zone)));
            row.addDataCell().setText(a.itemTitle());
            row.addDataCell().setText(a.type() == ItemType.CASE ? "Case" : "Question");
            row.addDataCell().setText(a.score() + "/100");
            row.addDataCell().setText(Math.round(a.confidence() * 100) + "%");
            row.addDataCell().setText(Formats.status(a.status()));
            row.addDataCell().setText(a.needsReview() ? "yes" : "no");
        }
        section.add(DashboardView.scroll(table));
        return section;
    }

    private Div reviews(LearnerDetail d) {
        Div section = DashboardView.section("learner-reviews", "Mentor reviews");
        if (!d.reviews().available()) {
            section.add(Cards.empty("Mentor reviews are not available yet.", null, null));
            return section;
        }
        if (d.reviews().entries().isEmpty()) {
            section.add(new Paragraph("No review has been released to this learner yet."));
            return section;
        }
        NativeTable table = DashboardView.table("learner-reviews-table", "Released reviews, newest first", "Released",
                "Case or question", "Version", "Mentor", "Grader score", "Mentor score", "Comment");
        for (ReviewHistory.ReviewEntry r : d.reviews().entries()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(r.releasedAt() == null ? "" : WHEN.format(r.releasedAt().atZone(zone)));
            row.addDataCell().setText(r.itemTitle());
            row.addDataCell().setText(String.valueOf(r.version()));
            row.addDataCell().setText(r.mentorName());
            row.addDataCell().setText(r.graderScore() + "/100");
            row.addDataCell().setText(r.mentorScore() + "/100");
            row.addDataCell().setText(r.overallComment() == null ? "" : r.overallComment());
        }
        section.add(DashboardView.scroll(table));
        return section;
    }

    private Div plan(LearnerDetail d) {
        Div section = DashboardView.section("learner-plan", "90-day plan");
        if (!d.plan().available()) {
            section.add(Cards.empty("The 90-day plan is not available yet.", null, null));
        } else if (d.plan().pace() == null) {
            section.add(new Paragraph("This learner has no plan yet."));
        } else {
            PlanPace.Pace p = d.plan().pace();
            int shortfall = p.shortfall();
            String verdict = shortfall > 0 ? "Behind by " + Formats.plural(shortfall, "task", "tasks")
                    : shortfall < 0 ? "Ahead by " + Formats.plural(-shortfall, "task", "tasks") : "On track";
            Paragraph pace = new Paragraph(verdict + ": " + p.tasksDone() + " done, " + p.tasksDue() + " due by today, "
                    + p.tasksTotal() + " in the plan.");
            pace.setId("learner-plan-pace");
            section.add(pace);
        }
        return section;
    }
}
