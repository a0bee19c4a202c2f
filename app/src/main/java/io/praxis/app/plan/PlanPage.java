package io.praxis.app.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import io.praxis.content.Calculators;
import io.praxis.content.Curriculum;
import io.praxis.content.Links;
import io.praxis.content.plan.AutoCompletion;
import io.praxis.content.plan.PlanPhase;
import io.praxis.content.plan.PlanTask;
import io.praxis.content.plan.PlanTemplate;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The learner's 90-day plan: the pace against today, one week's tasks (this week unless
 * {@code ?week=N}) with check-off, reflection, rescheduling and the lessons, cases and
 * calculators each task needs, and the 13-week overview with what is done and late. A learner
 * who joined their cohort late is told which weeks were over before they arrived.
 */
@Route("plan")
@PageTitle("90-day plan · Praxis")
@Menu(order = 25, title = "90-day plan", icon = "vaadin:calendar")
@RolesAllowed(Role.LEARNER_NAME)
@StyleSheet("styles/plan.css")
public class PlanPage extends Div implements BeforeEnterObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final PlanService plans;
    private final CurrentUser currentUser;
    private long userId;
    private Integer requestedWeek;

    PlanPage(PlanService plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        addClassName("praxis-plan");
        setId("plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        userId = currentUser.require().getId();
        requestedWeek = event.getLocation().getQueryParameters().getSingleParameter("week").map(w -> {
            try {
                return Integer.parseInt(w);
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(w -> w >= 1 && w <= PlanTemplate.WEEKS).orElse(null);
        build();
    }

    private void build() {
        removeAll();
        add(new H1("Your 90-day plan"));
        if (plans.template().isEmpty()) {
            add(Cards.empty("This installation has no 90-day plan template.", null, null));
            return;
        }
        plans.plan(userId).ifPresentOrElse(this::show, this::chooseStart);
    }

    // ---- no plan yet ------------------------------------------------------------------------------

    private void chooseStart() {
        Paragraph lead = new Paragraph("You are not in a cohort, so your 90 days start when you say. Pick the first "
                + "day of week 1; every week after it is seven days long, and each week's tasks are due on its "
                + "last day.");
        DatePicker start = new DatePicker("Start date", plans.today(userId));
        start.setId("plan-start");
        ComboBox<String> zone = zonePicker();
        Button save = new Button("Start my plan");
        save.setId("plan-start-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                plans.setZone(userId, zone.getValue());
                plans.chooseStart(userId, start.getValue());
                build();
            } catch (IllegalArgumentException | IllegalStateException ex) {
                showFieldError(ex.getMessage(), start, zone);
            }
        });
        Div form = new Div(start, zone, save);
        form.addClassName("praxis-plan-form");
        add(Cards.card("plan-start-card", "Choose when your 90 days start", lead, form));
    }

    // ---- the plan ---------------------------------------------------------------------------------

    private void show(LearnerPlan plan) {
        int current = plan.currentWeek();
        Paragraph summary = new Paragraph(weekLabel(current) + " · " + DAY.format(plan.start()) + " to "
                + DAY.format(plan.end()) + " · " + (plan.setup().source() == PlanSetup.Source.COHORT
                        ? "dated from the start of the " + plan.setup().cohortName()
                        : "dated from the start you chose")
                + " · days counted in " + plan.zone().getId());
        summary.setId("plan-summary");
        summary.addClassName("praxis-muted");
        add(summary);
        List<Integer> missed = plan.weeksOverBeforeJoining();
        if (!missed.isEmpty()) {
            Paragraph late = new Paragraph("You joined the cohort on " + DAY.format(plan.setup().joinedOn())
                    + ", in week " + plan.joinedInWeek() + ". " + (missed.size() == 1 ? "Week 1 was" : "Weeks 1 to "
                            + missed.getLast() + " were") + " already over by then, so their tasks show as late. "
                    + "Catch up on them or move them to a later week; the pace below counts them honestly.");
            late.setId("plan-late-join");
            late.addClassName("praxis-notice");
            add(late);
        }
        add(pace(plan));
        int shown = requestedWeek != null ? requestedWeek : Math.clamp(current, 1, PlanTemplate.WEEKS);
        add(weekView(plan, shown), overview(plan, shown), settings(plan));
    }

    private static String weekLabel(int current) {
        if (current < 1) {
            return "Starts soon";
        }
        return current > PlanTemplate.WEEKS ? "Finished" : "Week " + current + " of " + PlanTemplate.WEEKS;
    }

    private static Div pace(LearnerPlan plan) {
        Pace pace = plan.pace();
        Div box = new Div();
        box.setId("plan-pace");
        box.addClassName("praxis-plan-pace");
        box.addClassName("pace-" + pace.verdict().id());
        box.getElement().setAttribute("data-pace", pace.verdict().id());
        Span verdict = new Span(pace.describe("today"));
        verdict.setId("plan-pace-text");
        long doneTotal = plan.tasks().stream().filter(TaskProgress::done).count();
        ProgressBar bar = new ProgressBar(0, Math.max(pace.total(), 1), doneTotal);
        bar.getElement().setAttribute("aria-label", "Plan tasks done");
        Span total = new Span(doneTotal + " of " + pace.total() + " tasks done in all");
        total.addClassName("praxis-muted");
        box.add(verdict, bar, total);
        return box;
    }

    private Div weekView(LearnerPlan plan, int number) {
        WeekProgress week = plan.week(number).orElseThrow();
        Div section = new Div();
        section.setId("plan-week");
        section.addClassName("praxis-card");
        section.getElement().setAttribute("data-week", String.valueOf(number));

        Anchor prev = new Anchor("plan?week=" + (number - 1), "← Week " + (number - 1));
        prev.setId("plan-week-prev");
        Anchor next = new Anchor("plan?week=" + (number + 1), "Week " + (number + 1) + " →");
        next.setId("plan-week-next");
        Div nav = new Div();
        nav.addClassName("praxis-plan-week-nav");
        nav.add(number > 1 ? prev : new Span(), number < PlanTemplate.WEEKS ? next : new Span());

        String when = number == plan.currentWeek() ? "This week" : "Week " + number;
        H2 title = new H2(when + ": " + week.template().title());
        title.setId("plan-week-title");
        Span dates = new Span("Week " + number + " · " + DAY.format(week.start()) + " to " + DAY.format(week.end())
                + " · " + week.template().phase().label() + " · tasks due " + DAY.format(week.end()));
        dates.addClassName("praxis-muted");
        Paragraph goal = new Paragraph("Goal: " + week.template().goal());
        goal.addClassName("praxis-plan-goal");
        section.add(nav, title, dates, goal);
        if (week.tasks().isEmpty()) {
            section.add(Cards.empty("Every task of this week has been moved to another week.", null, null));
        }
        week.tasks().forEach(t -> section.add(task(plan, t)));
        return section;
    }

    private Div task(LearnerPlan plan, TaskProgress t) {
        String id = t.id();
        Div card = new Div();
        card.setId("task-" + id);
        card.addClassName("praxis-plan-task");
        card.addClassName("status-" + t.status().name().toLowerCase(Locale.ROOT));
        card.getElement().setAttribute("data-status", t.status().name().toLowerCase(Locale.ROOT));

        Checkbox check = new Checkbox(t.task().title(), t.done());
        check.setId("task-" + id + "-check");
        Span status = new Span(statusText(t));
        status.setId("task-" + id + "-status");
        status.addClassName("praxis-plan-status");
        Div head = new Div(check, status);
        head.addClassName("praxis-plan-task-head");

        Paragraph description = new Paragraph(t.task().description());
        description.addClassName("praxis-plan-description");
        card.add(head, description);
        Div links = links(t.task(), plans.curriculum());
        if (links.getComponentCount() > 0) {
            card.add(links);
        }
        t.task().autoCompletion().ifPresent(rule -> {
            Span auto = new Span(autoText(rule, plans.curriculum()));
            auto.setId("task-" + id + "-auto");
            auto.addClassName("praxis-muted");
            card.add(new Div(auto));
        });

        TextArea reflection = new TextArea("Reflection (optional)");
        reflection.setId("task-" + id + "-reflection");
        reflection.setMaxLength(PlanService.MAX_REFLECTION);
        reflection.setValue(t.reflection() == null ? "" : t.reflection());
        reflection.setPlaceholder("What did you learn or decide? Saved when you leave the field.");
        reflection.setWidthFull();
        reflection.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        reflection.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                plans.saveReflection(userId, id, e.getValue());
                reflection.setInvalid(false);
                reflection.setHelperText("Saved");
            } catch (IllegalArgumentException ex) {
                reflection.setErrorMessage(ex.getMessage());
                reflection.setInvalid(true);
            }
        });

        if (t.done() && t.auto()) {
            // An auto-ticked task would tick itself again at once; say so instead of fighting.
            check.setReadOnly(true);
            check.setTooltipText("Ticked automatically because the linked work is done");
        }
        check.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                if (e.getValue()) {
                    plans.check(userId, id, reflection.getValue());
                } else {
                    plans.uncheck(userId, id);
                }
                build();
            } catch (IllegalArgumentException | IllegalStateException ex) {
                check.setValue(e.getOldValue());
                reflection.setErrorMessage(ex.getMessage());
                reflection.setInvalid(true);
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE);
            }
        });

        Select<Integer> move = new Select<>();
        move.setId("task-" + id + "-week");
        move.setLabel("Scheduled in");
        move.setWidth("15rem");
        move.setItems(IntStream.rangeClosed(1, PlanTemplate.WEEKS).boxed().toList());
        move.setItemLabelGenerator(w -> "Week " + w + " · from " + SHORT.format(plan.calendar().weekStart(w)));
        move.setValue(t.week());
        move.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                plans.reschedule(userId, id, e.getValue());
                Notification.show("Moved “" + t.task().title() + "” to week " + e.getValue(), 4000,
                        Notification.Position.BOTTOM_START);
                build();
            } catch (IllegalArgumentException ex) {
                move.setErrorMessage(ex.getMessage());
                move.setInvalid(true);
            }
        });
        Anchor journal = new Anchor("journal?task=" + id, "Write about it in your journal");
        journal.setId("task-" + id + "-journal");
        Div tools = new Div(move, journal);
        tools.addClassName("praxis-plan-task-tools");
        card.add(reflection, tools);
        return card;
    }

    private static String statusText(TaskProgress t) {
        String text = switch (t.status()) {
            case DONE -> (t.auto() ? "Done automatically" : "Done") + " on " + SHORT.format(t.doneOn())
                    + (t.doneLate() ? " (after its due date)" : "");
            case LATE -> "Late: was due " + SHORT.format(t.dueDate());
            case DUE -> "Due " + SHORT.format(t.dueDate());
            case UPCOMING -> "Upcoming: due " + SHORT.format(t.dueDate());
        };
        return t.rescheduled() ? text + " · moved from week " + t.task().week() : text;
    }

    static String autoText(AutoCompletion rule, Curriculum curriculum) {
        String target = rule.targetId();
        return switch (rule.kind()) {
            case MODULE -> "Ticks itself when you complete every lesson of “"
                    + curriculum.module(target).map(m -> m.title()).orElse(target) + "”.";
            case LESSON -> "Ticks itself when you complete the lesson “"
                    + curriculum.lesson(target).map(l -> l.title()).orElse(target) + "”.";
            case CASE -> "Ticks itself when you submit an answer to the case “"
                    + curriculum.caseStudy(target).map(c -> c.title()).orElse(target) + "”.";
        };
    }

    private static Div links(PlanTask task, Curriculum curriculum) {
        Div links = new Div();
        links.addClassName("praxis-plan-links");
        String prefix = "task-" + task.id() + "-";
        task.modules().forEach(m -> links.add(link(prefix + "module-" + m, Links.module(m),
                "Module: " + curriculum.module(m).map(x -> x.title()).orElse(m))));
        task.lessons().forEach(l -> links.add(link(prefix + "lesson-" + l, Links.lesson(l),
                "Lesson: " + curriculum.lesson(l).map(x -> x.title()).orElse(l))));
        task.cases().forEach(c -> links.add(link(prefix + "case-" + c, Links.caseStudy(c),
                "Case: " + curriculum.caseStudy(c).map(x -> x.title()).orElse(c))));
        task.calculators().forEach(c -> links.add(link(prefix + "calculator-" + c, Links.calculator(c),
                "Calculator: " + Calculators.title(c))));
        return links;
    }

    private static Anchor link(String id, String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        return a;
    }

    private Div overview(LearnerPlan plan, int shown) {
        Div section = new Div(new H2("All 13 weeks"));
        section.setId("plan-overview");
        section.addClassName("praxis-card");
        PlanPhase phase = null;
        Div rows = new Div();
        rows.addClassName("praxis-plan-overview");
        for (WeekProgress w : plan.weeks()) {
            if (w.template().phase() != phase) {
                phase = w.template().phase();
                H3 heading = new H3(phase.label());
                heading.addClassName("praxis-plan-phase");
                rows.add(heading);
            }
            Div row = new Div();
            row.setId("plan-overview-week-" + w.number());
            row.addClassName("praxis-plan-row");
            row.addClassName("status-" + w.status().name().toLowerCase(Locale.ROOT));
            if (w.number() == shown) {
                row.addClassName("shown");
            }
            row.getElement().setAttribute("data-status", w.status().name().toLowerCase(Locale.ROOT));
            Anchor name = new Anchor("plan?week=" + w.number(), "Week " + w.number() + ": " + w.template().title());
            Span dates = new Span(SHORT.format(w.start()) + " – " + SHORT.format(w.end()));
            dates.addClassName("praxis-muted");
            Span count = new Span(w.done() + "/" + w.tasks().size() + " done");
            count.addClassName("praxis-plan-count");
            String chipText = w.status() == WeekProgress.Status.LATE ? "Late: " + w.late() + " open"
                    : w.status().label();
            Span chip = new Span(chipText);
            chip.addClassName("praxis-plan-chip");
            row.add(name, dates, count, chip);
            rows.add(row);
        }
        section.add(rows);
        return section;
    }

    private Details settings(LearnerPlan plan) {
        Div body = new Div();
        body.addClassName("praxis-plan-form");
        ComboBox<String> zone = zonePicker();
        zone.setValue(plan.zone().getId());
        Button saveZone = new Button("Save time zone");
        saveZone.setId("plan-zone-save");
        saveZone.addClickListener(e -> {
            try {
                plans.setZone(userId, zone.getValue());
                build();
            } catch (IllegalArgumentException ex) {
                showFieldError(ex.getMessage(), zone);
            }
        });
        body.add(zone, saveZone);
        if (plan.setup().source() == PlanSetup.Source.OWN) {
            DatePicker start = new DatePicker("Start date", plan.start());
            start.setId("plan-start");
            Button saveStart = new Button("Change start");
            saveStart.setId("plan-start-save");
            saveStart.addClickListener(e -> {
                try {
                    plans.chooseStart(userId, start.getValue());
                    build();
                } catch (IllegalArgumentException | IllegalStateException ex) {
                    showFieldError(ex.getMessage(), start);
                }
            });
            body.add(start, saveStart);
        } else {
            Paragraph cohort = new Paragraph("Your plan starts on your cohort's start date, "
                    + DAY.format(plan.start()) + ".");
            cohort.addClassName("praxis-muted");
            body.add(cohort);
        }
        Details details = new Details("Plan settings", body);
        details.setId("plan-settings");
        return details;
    }

    private static ComboBox<String> zonePicker() {
        ComboBox<String> zone = new ComboBox<>("Time zone");
        zone.setId("plan-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(ZoneId.systemDefault().getId());
        zone.setHelperText("Days and due dates are counted in this zone");
        zone.setAllowCustomValue(false);
        return zone;
    }

    /** Shows a service message on the field it names (messages start with the field's label). */
    private static void showFieldError(String message, Component... fields) {
        for (Component field : fields) {
            String label = field instanceof DatePicker d ? d.getLabel()
                    : field instanceof ComboBox<?> c ? c.getLabel() : "";
            boolean mine = label != null && !label.isEmpty() && message.startsWith(label);
            if (field instanceof DatePicker d) {
                d.setErrorMessage(mine ? message : null);
                d.setInvalid(mine);
            } else if (field instanceof ComboBox<?> c) {
                c.setErrorMessage(mine ? message : null);
                c.setInvalid(mine);
            }
        }
        Notification.show(message, 6000, Notification.Position.MIDDLE);
    }
}
