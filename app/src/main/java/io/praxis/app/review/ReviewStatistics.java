package io.praxis.app.review;

import io.praxis.app.dashboard.ReviewHistory;
import io.praxis.app.dashboard.ReviewTurnaround;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Released reviews as the cohort dashboard needs them: the median time from submission to
 * the first released review, and a learner's review history. No access checks here: the
 * dashboard checks that the reader may see these learners before asking.
 */
@Component
class ReviewStatistics implements ReviewTurnaround, ReviewHistory {

    private final ReviewRepository reviews;
    private final ReviewVersionRepository versions;
    private final PracticeService practice;

    ReviewStatistics(ReviewRepository reviews, ReviewVersionRepository versions, PracticeService practice) {
        this.reviews = reviews;
        this.versions = versions;
        this.practice = practice;
    }

    /** Median of (first release − submission) over the released reviews of these learners. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Duration> medianTurnaround(Collection<Long> learnerIds) {
        Set<Long> learners = new HashSet<>(learnerIds);
        List<Review> released = reviews.findByReleasedVersionsGreaterThan(0).stream()
                .filter(r -> learners.contains(r.getLearnerId())).toList();
        if (released.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, AttemptView> attempts = practice.forReview(released.stream().map(Review::getAttemptId).toList())
                .stream().collect(Collectors.toMap(AttemptView::id, Function.identity()));
        Map<Long, ReviewVersion> first = versions.findByReviewIdIn(released.stream().map(Review::getId).toList())
                .stream().filter(v -> v.getNumber() == 1)
                .collect(Collectors.toMap(ReviewVersion::getReviewId, Function.identity(), (a, b) -> a));
        List<Duration> durations = new ArrayList<>();
        for (Review r : released) {
            AttemptView a = attempts.get(r.getAttemptId());
            ReviewVersion v = first.get(r.getId());
            if (a != null && v != null && a.submittedAt() != null) {
                durations.add(Duration.between(a.submittedAt(), v.getReleasedAt()));
            }
        }
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        durations.sort(Comparator.naturalOrder());
        int n = durations.size();
        return Optional.of(n % 2 == 1 ? durations.get(n / 2)
                : durations.get(n / 2 - 1).plus(durations.get(n / 2)).dividedBy(2));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewEntry> reviewsOf(long learnerId) {
        List<Review> released = reviews.findByReleasedVersionsGreaterThan(0).stream()
                .filter(r -> r.getLearnerId() == learnerId).toList();
        if (released.isEmpty()) {
            return List.of();
        }
        Map<Long, Review> byId = released.stream().collect(Collectors.toMap(Review::getId, Function.identity()));
        Map<Long, AttemptView> attempts = practice.forReview(released.stream().map(Review::getAttemptId).toList())
                .stream().collect(Collectors.toMap(AttemptView::id, Function.identity()));
        return versions.findByReviewIdIn(byId.keySet()).stream().map(v -> {
            Review r = byId.get(v.getReviewId());
            AttemptView a = attempts.get(r.getAttemptId());
            return new ReviewEntry(r.getAttemptId(), a == null ? r.getItemId() : a.itemTitle(), v.getNumber(),
                    v.getMentorName(), v.getReleasedAt(), v.getGraderScore(), v.getMentorScore(),
                    v.getOverallComment() == null ? "" : v.getOverallComment());
        }).sorted(Comparator.comparing(ReviewEntry::releasedAt).reversed()).toList();
    }
}
