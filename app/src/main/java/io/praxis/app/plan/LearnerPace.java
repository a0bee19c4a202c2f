package io.praxis.app.plan;

import java.time.LocalDate;

/**
 * One learner's pace for dashboards.
 *
 * @param userId the learner
 * @param name their display name
 * @param start the first day of their plan, or null when they have none (not in a cohort
 *     and no start chosen)
 * @param pace their pace on the requested date, or null without a plan
 */
public record LearnerPace(long userId, String name, LocalDate start, Pace pace) {

    public boolean hasPlan() {
        return pace != null;
    }
}
