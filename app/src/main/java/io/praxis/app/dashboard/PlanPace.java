package io.praxis.app.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's pace through their 90-day plan, as the dashboard needs it. Implemented by the
 * plan feature ({@code io.praxis.app.plan.DashboardPlanPace}); without a bean the dashboard
 * judges pace by lessons completed against the cohort's linear pace and says so.
 */
public interface PlanPace {

    /**
     * Tasks due and done by a date.
     *
     * @param tasksDue tasks whose due date is before the date asked about
     * @param tasksDone tasks completed on or before it (working ahead counts)
     * @param tasksTotal tasks in the plan
     */
    record Pace(int tasksDue, int tasksDone, int tasksTotal) {

        /** Due minus done; positive when behind. */
        public int shortfall() {
            return tasksDue - tasksDone;
        }
    }

    /**
     * The learner's pace on {@code today}.
     *
     * @return empty when the learner has no plan
     */
    Optional<Pace> pace(long learnerId, LocalDate today);

    /**
     * The pace of several learners; learners without a plan are absent from the map. The
     * default asks once per learner: implementations should answer in one go.
     */
    default Map<Long, Pace> paces(Collection<Long> learnerIds, LocalDate today) {
        Map<Long, Pace> out = new LinkedHashMap<>();
        for (Long id : learnerIds) {
            pace(id, today).ifPresent(p -> out.put(id, p));
        }
        return out;
    }
}
