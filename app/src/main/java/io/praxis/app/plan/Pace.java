package io.praxis.app.plan;

import java.time.LocalDate;

/**
 * A learner's pace on a date: tasks done by then against tasks due by then.
 *
 * <p>A task is due by a date when its due date (the last day of its week) is before that
 * date: on the last day of a week its tasks still have the day. A task counts as done by the
 * date when it was completed on or before it, whatever its week, so working ahead shows as
 * ahead.
 *
 * @param asOf the date compared
 * @param due tasks whose due date is before {@code asOf}
 * @param done tasks completed on or before {@code asOf}
 * @param total tasks in the plan
 */
public record Pace(LocalDate asOf, int due, int done, int total) {

    /** Ahead, on track or behind. */
    public enum Verdict {
        AHEAD("ahead"), ON_TRACK("on-track"), BEHIND("behind");

        private final String id;

        Verdict(String id) {
            this.id = id;
        }

        /** A stable value for CSS and tests, e.g. {@code on-track}. */
        public String id() {
            return id;
        }
    }

    /** Done minus due: positive ahead, negative behind. */
    public int difference() {
        return done - due;
    }

    public Verdict verdict() {
        return difference() > 0 ? Verdict.AHEAD : difference() < 0 ? Verdict.BEHIND : Verdict.ON_TRACK;
    }

    /**
     * A sentence for the learner, e.g. "Behind by 3 tasks: 5 done, 8 due by today".
     *
     * @param day how to name {@link #asOf}, e.g. "today"
     */
    public String describe(String day) {
        int n = Math.abs(difference());
        String counts = done + " done, " + due + " due by " + day;
        return switch (verdict()) {
            case AHEAD -> "Ahead by " + n + " task" + (n == 1 ? "" : "s") + ": " + counts;
            case ON_TRACK -> "On track: " + counts;
            case BEHIND -> "Behind by " + n + " task" + (n == 1 ? "" : "s") + ": " + counts;
        };
    }
}
