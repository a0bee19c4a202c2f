package io.praxis.app.review;

import io.praxis.app.dashboard.ReviewTurnaround;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.practice.SubmissionTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How quickly mentors answer, for the cohort dashboard ({@link ReviewTurnaround}).
 *
 * <p>The turnaround of one submission is the time from its submission to the <b>first</b>
 * release of its review to the learner (version 1; amending the review later does not move it).
 * Only submissions of the given learners whose review was released count: submissions still
 * waiting, claimed or with an unreleased draft are left out, as are other learners' submissions.
 * A release stamped before its submission (clocks disagreeing) counts as zero.
 *
 * <p>The median of these turnarounds is the middle one for an odd count and, for an even count,
 * the mean of the two middle ones (to the nanosecond, rounded down). It is empty when there is no
 * learner or none of their submissions has a released review yet.
 *
 * <p>Two queries per 1,000 learners, whatever the number of submissions: the first releases of
 * their reviews, then (only if there is one) the submission times of their attempts.
 */
@Component
@Transactional(readOnly = true)
class DashboardReviewTurnaround implements ReviewTurnaround {

    /** Learners per query, well inside every database's limit on an {@code IN} list. */
    static final int BULK = 1000;

    private final ReviewRepository reviews;
    private final PracticeService practice;

    DashboardReviewTurnaround(ReviewRepository reviews, PracticeService practice) {
        this.reviews = reviews;
        this.practice = practice;
    }

    @Override
    public Optional<Duration> medianTurnaround(Collection<Long> learnerIds) {
        List<Long> ids = learnerIds.stream().filter(Objects::nonNull).distinct().toList();
        List<Duration> turnarounds = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BULK) {
            turnarounds.addAll(turnarounds(ids.subList(from, Math.min(ids.size(), from + BULK))));
        }
        return median(turnarounds);
    }

    /** The turnaround of every released submission of at most {@link #BULK} learners. */
    private List<Duration> turnarounds(List<Long> learnerIds) {
        List<FirstRelease> released = reviews.firstReleases(learnerIds);
        if (released.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> submitted = new HashMap<>();
        for (SubmissionTime s : practice.submissionsOf(learnerIds)) {
            submitted.put(s.attemptId(), s.submittedAt());
        }
        List<Duration> out = new ArrayList<>();
        for (FirstRelease r : released) {
            Instant at = submitted.get(r.attemptId());
            if (at != null) {
                Duration d = Duration.between(at, r.releasedAt());
                out.add(d.isNegative() ? Duration.ZERO : d);
            }
        }
        return out;
    }

    /** The median: the middle value, or the mean of the two middle values of an even count. */
    static Optional<Duration> median(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int mid = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(mid));
        }
        Duration low = sorted.get(mid - 1);
        Duration high = sorted.get(mid);
        // low + (high - low) / 2: no overflow, and exact to the nanosecond (rounded down).
        return Optional.of(low.plus(high.minus(low).dividedBy(2)));
    }
}
