package io.praxis.app.dashboard;

import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.SkillAreas;
import io.praxis.scoring.grading.CriterionGrade;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The three rules that put a learner on the at-risk list, as pure functions of what the
 * dashboard already loaded (no data access, so they are tested with fixed dates):
 * <ul>
 * <li><b>No activity</b>: nothing for {@value #INACTIVE_DAYS} days or more, where activity is
 *     opening or completing a lesson or submitting an attempt. A learner who never did anything
 *     is flagged once the cohort has run for {@value #INACTIVE_DAYS} days.</li>
 * <li><b>Behind the pace</b>: more than {@value #TOLERANCE} short, either of the tasks due in the
 *     90-day plan ({@link PaceRule#PLAN}, when the plan feature is present) or of the lessons an
 *     even pace through the cohort would have completed by today ({@link PaceRule#LINEAR}).</li>
 * <li><b>Repeated low scores</b>: in each of the last {@value #LOW_STREAK} attempts graded on a
 *     skill area, no criterion of that area rose above level {@value #LOW_LEVEL}.</li>
 * </ul>
 * No rule applies before the cohort has started, except low scores, which need no calendar.
 */
final class AtRiskRules {

    static final int INACTIVE_DAYS = 7;
    static final int LOW_LEVEL = 1;
    static final int LOW_STREAK = 3;
    /** Lessons or tasks a learner may be short of the pace before being flagged. */
    static final int TOLERANCE = 1;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What kind of risk a reason describes; {@link #id()} is stable for CSS and tests. */
    enum Kind {
        NO_ACTIVITY("no-activity"), BEHIND_PACE("behind-pace"), LOW_SCORES("low-scores");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /** One reason, with the sentence shown to mentors and admins. */
    record Reason(Kind kind, String text) {
    }

    /** Which rule judged "behind the pace". */
    enum PaceRule {
        PLAN("Pace: the learner's 90-day plan. Behind means more than " + TOLERANCE
                + " due task not done. Learners without a plan are judged by lessons completed against the "
                + "cohort's linear pace."),
        LINEAR("Pace: lessons completed against the cohort's linear pace (all lessons spread evenly from the "
                + "cohort's start to its end date). Behind means more than " + TOLERANCE
                + " lesson short. The 90-day plan's pace is not available yet.");

        private final String description;

        PaceRule(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /**
     * One submitted attempt reduced to what the low-score rule needs.
     *
     * @param bestLevelByArea the highest criterion level reached in each skill area graded
     */
    record GradedAttempt(Instant submittedAt, Map<String, Integer> bestLevelByArea) {

        static GradedAttempt of(AttemptView attempt) {
            Map<String, Integer> best = new LinkedHashMap<>();
            if (attempt.report() != null) {
                for (CriterionGrade c : attempt.report().criteria()) {
                    best.merge(SkillAreas.of(c.criterionId()), c.level(), Math::max);
                }
            }
            return new GradedAttempt(attempt.submittedAt(), Collections.unmodifiableMap(best));
        }
    }

    private AtRiskRules() {
    }

    /**
     * The no-activity rule.
     *
     * @param lastActivity the latest lesson opened or completed or attempt submitted; null if none
     * @param cohortStart the cohort's first day; null when the learner is in no cohort (then a
     *     learner who never did anything is not flagged: there is no date to count from)
     */
    static Optional<Reason> inactivity(Instant lastActivity, LocalDate cohortStart, ZoneId zone, Instant now) {
        if (cohortStart != null && now.isBefore(cohortStart.atStartOfDay(zone).plusDays(INACTIVE_DAYS).toInstant())) {
            return Optional.empty();
        }
        if (lastActivity == null) {
            if (cohortStart == null) {
                return Optional.empty();
            }
            long days = ChronoUnit.DAYS.between(cohortStart, LocalDate.ofInstant(now, zone));
            return Optional.of(new Reason(Kind.NO_ACTIVITY, "No activity since the cohort started on "
                    + DAY.format(cohortStart) + " (" + days + " days)"));
        }
        long days = Duration.between(lastActivity, now).toDays();
        if (days < INACTIVE_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Reason(Kind.NO_ACTIVITY, "No activity for " + days + " days (last on "
                + DAY.format(LocalDate.ofInstant(lastActivity, zone)) + ")"));
    }

    /** Lessons an even pace from start to end has completed by {@code today}; 0 before the start. */
    static double expectedLessons(int totalLessons, LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        long length = ChronoUnit.DAYS.between(start, end);
        double fraction = length <= 0 ? 1 : Math.min(1.0, (double) ChronoUnit.DAYS.between(start, today) / length);
        return totalLessons * fraction;
    }

    /** The linear-pace rule: behind when more than {@link #TOLERANCE} lesson short of the even pace. */
    static Optional<Reason> behindLinear(int completed, int totalLessons, LocalDate start, LocalDate end,
            LocalDate today) {
        if (start == null || end == null || today.isBefore(start)) {
            return Optional.empty();
        }
        double expected = expectedLessons(totalLessons, start, end, today);
        if (completed >= expected - TOLERANCE) {
            return Optional.empty();
        }
        return Optional.of(new Reason(Kind.BEHIND_PACE, String.format(Locale.ROOT,
                "Behind the cohort's pace: %d of %d lessons completed, %.1f expected by today at an even pace",
                completed, totalLessons, expected)));
    }

    /** The plan rule: behind when more than {@link #TOLERANCE} due task is not done. */
    static Optional<Reason> behindPlan(PlanPace.Pace pace) {
        if (pace == null || pace.shortfall() <= TOLERANCE) {
            return Optional.empty();
        }
        return Optional.of(new Reason(Kind.BEHIND_PACE, "Behind the 90-day plan: " + pace.tasksDone() + " tasks done, "
                + pace.tasksDue() + " due by today"));
    }

    /**
     * The low-score rule, one reason per skill area, in {@link SkillAreas#AREAS} order.
     *
     * @param attempts the learner's submitted attempts, in any order
     */
    static List<Reason> lowScores(List<GradedAttempt> attempts) {
        List<GradedAttempt> newestFirst = new ArrayList<>(attempts);
        newestFirst.sort((a, b) -> b.submittedAt().compareTo(a.submittedAt()));
        Map<String, List<Integer>> recentByArea = new LinkedHashMap<>();
        for (GradedAttempt a : newestFirst) {
            a.bestLevelByArea().forEach((area, level) -> {
                List<Integer> levels = recentByArea.computeIfAbsent(area, k -> new ArrayList<>());
                if (levels.size() < LOW_STREAK) {
                    levels.add(level);
                }
            });
        }
        List<Reason> out = new ArrayList<>();
        for (String area : areaOrder()) {
            List<Integer> levels = recentByArea.get(area);
            if (levels != null && levels.size() == LOW_STREAK && levels.stream().allMatch(l -> l <= LOW_LEVEL)) {
                out.add(new Reason(Kind.LOW_SCORES, "Low scores in " + area + ": level 0-" + LOW_LEVEL
                        + " in each of the last " + LOW_STREAK + " attempts graded on it"));
            }
        }
        return out;
    }

    /** Skill area names in display order, "Other" last. */
    static List<String> areaOrder() {
        List<String> order = new ArrayList<>(SkillAreas.AREAS.stream().map(SkillAreas.Area::name).toList());
        order.add(SkillAreas.OTHER);
        return order;
    }
}
