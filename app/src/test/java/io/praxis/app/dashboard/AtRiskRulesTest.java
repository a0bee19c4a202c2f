package io.praxis.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.app.dashboard.AtRiskRules.GradedAttempt;
import io.praxis.app.dashboard.AtRiskRules.Kind;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The at-risk rules on fixed dates. */
class AtRiskRulesTest {

    static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Nested
    class NoActivity {

        @Test
        void sevenDaysWithoutActivityFlagsSixDoNot() {
            assertThat(AtRiskRules.inactivity(NOW.minus(Duration.ofDays(6).plusHours(23)), START, ZoneOffset.UTC, NOW))
                    .isEmpty();
            assertThat(AtRiskRules.inactivity(NOW.minus(Duration.ofDays(7)), START, ZoneOffset.UTC, NOW))
                    .get().extracting(Reason::kind, Reason::text)
                    .containsExactly(Kind.NO_ACTIVITY, "No activity for 7 days (last on 24 Sep 2026)");
        }

        @Test
        void neverActiveIsFlaggedOnceTheCohortHasRunAWeek() {
            assertThat(AtRiskRules.inactivity(null, TODAY.minusDays(6), ZoneOffset.UTC, NOW)).isEmpty();
            assertThat(AtRiskRules.inactivity(null, START, ZoneOffset.UTC, NOW)).get().extracting(Reason::text)
                    .isEqualTo("No activity since the cohort started on 1 Sep 2026 (30 days)");
        }

        @Test
        void nothingIsFlaggedInTheCohortsFirstWeek() {
            // Old activity from before the cohort (e.g. a learner moved from an earlier cohort).
            assertThat(AtRiskRules.inactivity(NOW.minus(Duration.ofDays(40)), TODAY.minusDays(3), ZoneOffset.UTC,
                    NOW)).isEmpty();
        }

        @Test
        void withoutACohortOnlyRealInactivityCounts() {
            assertThat(AtRiskRules.inactivity(null, null, ZoneOffset.UTC, NOW)).isEmpty();
            assertThat(AtRiskRules.inactivity(NOW.minus(Duration.ofDays(9)), null, ZoneOffset.UTC, NOW)).isPresent();
        }
    }

    @Nested
    class LinearPace {

        @Test
        void expectedLessonsGrowEvenlyFromStartToEnd() {
            LocalDate end = START.plusDays(100);
            assertThat(AtRiskRules.expectedLessons(40, START, end, START.minusDays(1))).isZero();
            assertThat(AtRiskRules.expectedLessons(40, START, end, START)).isZero();
            assertThat(AtRiskRules.expectedLessons(40, START, end, START.plusDays(25))).isEqualTo(10.0);
            assertThat(AtRiskRules.expectedLessons(40, START, end, end)).isEqualTo(40.0);
            assertThat(AtRiskRules.expectedLessons(40, START, end, end.plusDays(30))).as("capped at the end")
                    .isEqualTo(40.0);
            assertThat(AtRiskRules.expectedLessons(40, START, START, START)).as("a one-day cohort").isEqualTo(40.0);
        }

        @Test
        void behindMeansMoreThanOneLessonShort() {
            LocalDate end = START.plusDays(100);
            LocalDate day25 = START.plusDays(25); // 10 lessons expected
            assertThat(AtRiskRules.behindLinear(9, 40, START, end, day25)).as("one short is tolerated").isEmpty();
            assertThat(AtRiskRules.behindLinear(8, 40, START, end, day25)).get().extracting(Reason::kind, Reason::text)
                    .containsExactly(Kind.BEHIND_PACE,
                            "Behind the cohort's pace: 8 of 40 lessons completed, 10.0 expected by today at an even pace");
            assertThat(AtRiskRules.behindLinear(0, 40, START, end, START.minusDays(2))).as("not started").isEmpty();
        }
    }

    @Test
    void planPaceFlagsMoreThanOneDueTaskNotDone() {
        assertThat(AtRiskRules.behindPlan(new PlanPace.Pace(8, 7, 60))).isEmpty();
        assertThat(AtRiskRules.behindPlan(new PlanPace.Pace(8, 6, 60))).get().extracting(Reason::text)
                .isEqualTo("Behind the 90-day plan: 6 tasks done, 8 due by today");
        assertThat(AtRiskRules.behindPlan(new PlanPace.Pace(3, 9, 60))).as("ahead").isEmpty();
    }

    @Nested
    class LowScores {

        final String data = "Data";
        final String metrics = "Metrics and evaluation";

        GradedAttempt attempt(int day, Map<String, Integer> levels) {
            return new GradedAttempt(START.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(day)), levels);
        }

        @Test
        void threeLowAttemptsInARowOnOneAreaFlagIt() {
            List<Reason> reasons = AtRiskRules.lowScores(List.of(
                    attempt(1, Map.of(data, 1, metrics, 3)),
                    attempt(2, Map.of(data, 0, metrics, 2)),
                    attempt(3, Map.of(data, 1))));
            assertThat(reasons).extracting(Reason::kind, Reason::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Kind.LOW_SCORES,
                            "Low scores in Data: level 0-1 in each of the last 3 attempts graded on it"));
        }

        @Test
        void onlyTheLastThreeAttemptsOnTheAreaCountWhateverTheInputOrder() {
            List<GradedAttempt> attempts = new ArrayList<>(List.of(
                    attempt(1, Map.of(data, 0)),
                    attempt(2, Map.of(data, 0)),
                    attempt(3, Map.of(data, 0)),
                    attempt(4, Map.of(data, 2))));
            assertThat(AtRiskRules.lowScores(attempts)).as("the latest attempt recovered").isEmpty();
            attempts.add(attempt(5, Map.of(data, 1)));
            attempts.add(attempt(6, Map.of(data, 1)));
            attempts.add(attempt(7, Map.of(data, 0)));
            java.util.Collections.shuffle(attempts, new java.util.Random(7));
            assertThat(AtRiskRules.lowScores(attempts)).hasSize(1);
        }

        @Test
        void attemptsNotGradedOnTheAreaDoNotBreakOrMakeAStreak() {
            assertThat(AtRiskRules.lowScores(List.of(
                    attempt(1, Map.of(data, 1)),
                    attempt(2, Map.of(metrics, 3)),
                    attempt(3, Map.of(data, 1))))).as("only two attempts graded on Data").isEmpty();
            assertThat(AtRiskRules.lowScores(List.of(
                    attempt(1, Map.of(data, 1)),
                    attempt(2, Map.of(metrics, 3)),
                    attempt(3, Map.of(data, 1)),
                    attempt(4, Map.of(data, 0))))).hasSize(1);
        }

        @Test
        void levelTwoIsNotLow() {
            assertThat(AtRiskRules.lowScores(List.of(attempt(1, Map.of(data, 2)), attempt(2, Map.of(data, 2)),
                    attempt(3, Map.of(data, 2))))).isEmpty();
        }
    }
}
