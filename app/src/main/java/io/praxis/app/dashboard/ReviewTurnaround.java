package io.praxis.app.dashboard;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * How quickly mentors review, as the dashboard needs it. Implemented by the mentor-review
 * feature ({@code io.praxis.app.review.DashboardReviewTurnaround}); without a bean the dashboard
 * says "not available yet".
 */
public interface ReviewTurnaround {

    /**
     * The median time from submission to the first released review, over the reviewed
     * submissions of these learners.
     *
     * @param learnerIds the learners of one cohort; may be empty
     * @return empty when none of their submissions has a released review yet
     */
    Optional<Duration> medianTurnaround(Collection<Long> learnerIds);
}
