package io.praxis.app.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The released mentor reviews of one learner, for the learner detail page. Implemented by the
 * mentor-review feature ({@code io.praxis.app.review.DashboardReviewHistory}); without a bean
 * the page says "not available yet".
 */
public interface ReviewHistory {

    /**
     * One released review version.
     *
     * @param version 1 for the first release, higher for amendments
     * @param overallComment the mentor's comment, plain text (shown as text, never as HTML); may be empty
     */
    record ReviewEntry(long attemptId, String itemTitle, int version, String mentorName, Instant releasedAt,
            int graderScore, int mentorScore, String overallComment) {
    }

    /**
     * Every released review of the learner's submissions, newest first. No access check: the
     * dashboard checks that the reader may see this learner before asking.
     */
    List<ReviewEntry> reviewsOf(long learnerId);
}
