package io.praxis.app.review;

import io.praxis.app.dashboard.ReviewHistory;
import io.praxis.app.practice.PracticeItem;
import io.praxis.app.practice.PracticeService;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's released mentor reviews for the learner detail page ({@link ReviewHistory}): one
 * entry per released version (an amended review shows its first release and every amendment),
 * newest release first. Reviews never released (claimed, or only a draft) are not listed. The
 * item's title is the curriculum's, or the item id if the case or question was removed since;
 * the mentor's name is the one stored with the release. One query, which reads no
 * per-criterion rows. No access check: the dashboard checked that the reader may see the learner.
 */
@Component
@Transactional(readOnly = true)
class DashboardReviewHistory implements ReviewHistory {

    private final ReviewRepository reviews;
    private final PracticeService practice;

    DashboardReviewHistory(ReviewRepository reviews, PracticeService practice) {
        this.reviews = reviews;
        this.practice = practice;
    }

    @Override
    public List<ReviewEntry> reviewsOf(long learnerId) {
        return reviews.releasedVersionsOf(learnerId).stream().map(v -> new ReviewEntry(v.attemptId(),
                practice.item(v.itemType(), v.itemId()).map(PracticeItem::title).orElse(v.itemId()), v.number(),
                v.mentorName(), v.releasedAt(), v.graderScore(), v.mentorScore(), v.overallComment())).toList();
    }
}
