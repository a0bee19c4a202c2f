package io.praxis.app.plan;

import io.praxis.content.plan.PlanTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The dates of a plan. Week {@code n} covers the seven calendar days from
 * {@code start + 7(n-1)} to {@code start + 7n - 1}; its last day is when its tasks are due.
 *
 * <p>Everything is counted in {@link LocalDate}s, never in hours: a week that contains a
 * daylight-saving change has 167 or 169 hours but still seven days, and "today" is the
 * calendar date in the plan's zone, so a week turns over at local midnight in every season.
 *
 * @param start the first day of week 1
 */
public record PlanCalendar(LocalDate start) {

    public PlanCalendar {
        Objects.requireNonNull(start, "start");
    }

    /** First day of a week (1-based; weeks past 13 continue the same rhythm). */
    public LocalDate weekStart(int week) {
        requireWeek(week);
        return start.plusDays((long) PlanTemplate.DAYS_PER_WEEK * (week - 1));
    }

    /** Last day of a week: the due date of its tasks. */
    public LocalDate weekEnd(int week) {
        requireWeek(week);
        return start.plusDays((long) PlanTemplate.DAYS_PER_WEEK * week - 1);
    }

    /** The last day of the plan (the end of week 13): 90 days after the start. */
    public LocalDate end() {
        return weekEnd(PlanTemplate.WEEKS);
    }

    /**
     * The week a date falls in: 0 before the start, 1-13 during the plan, 14 and more after it.
     */
    public int weekOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(start, date);
        return days < 0 ? 0 : (int) (days / PlanTemplate.DAYS_PER_WEEK) + 1;
    }

    /** The calendar date of an instant in a zone: what "today" means for a learner. */
    public static LocalDate dateIn(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static void requireWeek(int week) {
        if (week < 1) {
            throw new IllegalArgumentException("Weeks start at 1, not " + week);
        }
    }
}
