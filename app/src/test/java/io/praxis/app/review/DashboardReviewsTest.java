package io.praxis.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.dashboard.ReviewHistory;
import io.praxis.app.dashboard.ReviewTurnaround;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeService;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review feature's adapters for the cohort dashboard on the real database: the median
 * turnaround (odd and even counts, first release of an amended review, unreleased reviews and
 * other learners left out) and a learner's review history. Reviews are claimed and released
 * through the service; the submission and release times are then pinned with SQL so that every
 * turnaround is exact.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class DashboardReviewsTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    ReviewTurnaround turnaround;
    @Autowired
    ReviewHistory history;
    @Autowired
    ReviewService reviews;
    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    ReviewFixture f;

    @BeforeEach
    void people() {
        f = new ReviewFixture(accounts, cohorts, practice);
    }

    @Test
    void theAdaptersAreTheReviewFeaturesBeans() {
        assertThat(turnaround).isInstanceOf(DashboardReviewTurnaround.class);
        assertThat(history).isInstanceOf(DashboardReviewHistory.class);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleTurnaround() {
        reviewed(f.learner, Duration.ofHours(1));
        reviewed(f.learner, Duration.ofHours(5));
        reviewed(f.learner, Duration.ofHours(2));
        assertThat(turnaround.medianTurnaround(List.of(f.learner))).contains(Duration.ofHours(2));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleOnes() {
        reviewed(f.learner, Duration.ofHours(1));
        reviewed(f.learner, Duration.ofHours(10));
        reviewed(f.learner, Duration.ofHours(2));
        reviewed(f.learner, Duration.ofHours(4));
        assertThat(turnaround.medianTurnaround(List.of(f.learner))).contains(Duration.ofHours(3));
    }

    @Test
    void theMedianIsExactAndNeverOverflows() {
        assertThat(DashboardReviewTurnaround.median(List.of())).isEmpty();
        assertThat(DashboardReviewTurnaround.median(List.of(Duration.ofMinutes(7)))).contains(Duration.ofMinutes(7));
        assertThat(DashboardReviewTurnaround.median(List.of(Duration.ofSeconds(2), Duration.ofSeconds(1))))
                .contains(Duration.ofMillis(1500));
        assertThat(DashboardReviewTurnaround.median(List.of(Duration.ofNanos(1), Duration.ofNanos(2))))
                .as("rounded down to the nanosecond").contains(Duration.ofNanos(1));
        assertThat(DashboardReviewTurnaround.median(List.of(Duration.ofSeconds(Long.MAX_VALUE),
                Duration.ofSeconds(Long.MAX_VALUE - 10)))).contains(Duration.ofSeconds(Long.MAX_VALUE - 5));
    }

    @Test
    void anAmendedReviewCountsItsFirstRelease() {
        AttemptView a = reviewed(f.learner, Duration.ofHours(3));
        release(f.mentor, a, "Amended: say what an error costs.");
        pinRelease(a, 2, T0.plus(Duration.ofHours(50)));
        assertThat(turnaround.medianTurnaround(List.of(f.learner))).contains(Duration.ofHours(3));
    }

    @Test
    void unreleasedReviewsAndLearnersNotAskedForAreLeftOut() {
        assertThat(turnaround.medianTurnaround(List.of(f.learner))).as("nothing reviewed yet").isEmpty();
        assertThat(turnaround.medianTurnaround(List.of())).isEmpty();

        AttemptView claimed = f.submit(f.learner);
        reviews.claim(f.mentor, claimed.id());
        AttemptView drafted = f.submit(f.learner);
        ReviewService.ReviewSheet sheet = reviews.claim(f.mentor, drafted.id());
        reviews.saveDraft(f.mentor, drafted.id(), sheet.draft().withOverall("Not yet released."),
                sheet.reviewVersion());
        assertThat(turnaround.medianTurnaround(List.of(f.learner))).as("claims and drafts are not releases")
                .isEmpty();

        reviewed(f.learner, Duration.ofHours(6));
        reviewed(f.otherLearner, f.otherMentor, Duration.ofMinutes(20));
        assertThat(turnaround.medianTurnaround(List.of(f.learner))).contains(Duration.ofHours(6));
        assertThat(turnaround.medianTurnaround(List.of(f.otherLearner))).contains(Duration.ofMinutes(20));
        assertThat(turnaround.medianTurnaround(List.of(f.learner, f.otherLearner)))
                .contains(Duration.ofHours(6).plus(Duration.ofMinutes(20)).dividedBy(2));
    }

    @Test
    void moreLearnersThanOneQueryTakesAreAllCounted() {
        reviewed(f.learner, Duration.ofHours(2));
        reviewed(f.otherLearner, f.otherMentor, Duration.ofHours(4));
        List<Long> ids = new ArrayList<>(LongStream.range(0, 2 * DashboardReviewTurnaround.BULK)
                .map(i -> -1 - i).boxed().toList());
        ids.addFirst(f.learner);
        ids.add(f.otherLearner); // in the third batch
        assertThat(turnaround.medianTurnaround(ids)).contains(Duration.ofHours(3));
    }

    @Test
    void theHistoryListsEveryReleasedVersionNewestFirst() {
        AttemptView first = reviewed(f.learner, Duration.ofHours(1));
        AttemptView second = reviewed(f.learner, Duration.ofHours(2));
        release(f.mentor, first, "Amended " + ReviewFixture.PAYLOAD);
        pinRelease(first, 2, T0.plus(Duration.ofDays(2)));
        AttemptView claimedOnly = f.submit(f.learner);
        reviews.claim(f.mentor, claimedOnly.id());
        reviewed(f.otherLearner, f.otherMentor, Duration.ofHours(1));

        List<ReviewHistory.ReviewEntry> entries = history.reviewsOf(f.learner);

        assertThat(entries).extracting(ReviewHistory.ReviewEntry::attemptId, ReviewHistory.ReviewEntry::version,
                ReviewHistory.ReviewEntry::releasedAt).containsExactly(
                        tuple(first.id(), 2, T0.plus(Duration.ofDays(2))),
                        tuple(second.id(), 1, T0.plus(Duration.ofHours(2))),
                        tuple(first.id(), 1, T0.plus(Duration.ofHours(1))));
        ReviewHistory.ReviewEntry amended = entries.getFirst();
        String mentorName = accounts.findById(f.mentor).orElseThrow().getDisplayName();
        assertThat(amended.mentorName()).isEqualTo(mentorName);
        assertThat(amended.itemTitle()).isEqualTo(first.itemTitle()).isNotEqualTo("spam-detection");
        assertThat(amended.overallComment()).as("stored as typed; the page shows it as text")
                .isEqualTo("Amended " + ReviewFixture.PAYLOAD);
        assertThat(amended.graderScore()).isEqualTo(first.score());
        assertThat(amended.mentorScore()).isBetween(0, 100);
        assertThat(history.reviewsOf(f.admin)).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** A submission of the learner, submitted at {@link #T0} and first released {@code after} it. */
    AttemptView reviewed(long learner, Duration after) {
        return reviewed(learner, f.mentor, after);
    }

    AttemptView reviewed(long learner, long mentor, Duration after) {
        AttemptView a = f.submit(learner);
        release(mentor, a, "Reviewed.");
        jdbc.update("UPDATE attempt SET submitted_at = ? WHERE id = ?", at(T0), a.id());
        pinRelease(a, 1, T0.plus(after));
        return a;
    }

    void release(long mentor, AttemptView a, String overall) {
        ReviewService.ReviewSheet sheet = reviews.claim(mentor, a.id());
        reviews.release(mentor, a.id(), sheet.draft().withOverall(overall), sheet.reviewVersion());
    }

    void pinRelease(AttemptView a, int version, Instant releasedAt) {
        int rows = jdbc.update("UPDATE review_version SET released_at = ? WHERE version_number = ? AND review_id = "
                + "(SELECT id FROM review WHERE attempt_id = ?)", at(releasedAt), version, a.id());
        assertThat(rows).isEqualTo(1);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
