package io.praxis.app.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a learner's plan starts and how its days are counted.
 *
 * @param userId the learner
 * @param start the first day of week 1
 * @param zone the zone whose calendar dates the plan uses
 * @param source whether the start is the cohort's or the learner's own
 * @param cohortName the cohort's name, or null for an own start
 * @param joinedOn the date the learner joined the cohort (in {@code zone}), or null
 */
public record PlanSetup(long userId, LocalDate start, ZoneId zone, Source source, String cohortName,
        LocalDate joinedOn) {

    /** Where the start date comes from. */
    public enum Source {
        /** The start date of the learner's (newest) cohort. */
        COHORT,
        /** A date the learner chose; only outside a cohort. */
        OWN
    }

    public PlanSetup {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(source, "source");
    }
}
