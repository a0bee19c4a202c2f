package io.praxis.content.plan;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 90-day plan template: weeks 1-13 in order. Immutable. A content tree without a
 * {@code plan.yaml} has the {@link #EMPTY empty} template (no weeks), which the app shows as
 * "no plan available" rather than failing.
 */
public final class PlanTemplate {

    /** Weeks in a plan. */
    public static final int WEEKS = 13;

    /** Days in a plan week; weeks are seven-day spans from the start date, whatever the weekday. */
    public static final int DAYS_PER_WEEK = 7;

    /** The template of a content tree that has no plan file. */
    public static final PlanTemplate EMPTY = new PlanTemplate("", List.of());

    private final String title;
    private final List<PlanWeek> weeks;
    private final Map<String, PlanTask> tasks;

    public PlanTemplate(String title, List<PlanWeek> weeks) {
        this.title = title;
        this.weeks = weeks.stream().sorted(Comparator.comparingInt(PlanWeek::number)).toList();
        Map<String, PlanTask> byId = new LinkedHashMap<>();
        this.weeks.forEach(w -> w.tasks().forEach(t -> byId.putIfAbsent(t.id(), t)));
        this.tasks = java.util.Collections.unmodifiableMap(byId);
    }

    public String title() {
        return title;
    }

    /** Weeks in order, 1 first. */
    public List<PlanWeek> weeks() {
        return weeks;
    }

    public Optional<PlanWeek> week(int number) {
        return weeks.stream().filter(w -> w.number() == number).findFirst();
    }

    /** Every task in template order: by week, then as listed. */
    public List<PlanTask> tasks() {
        return List.copyOf(tasks.values());
    }

    public Optional<PlanTask> task(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    public boolean isEmpty() {
        return weeks.isEmpty();
    }
}
