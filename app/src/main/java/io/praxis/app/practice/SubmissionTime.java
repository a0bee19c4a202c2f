package io.praxis.app.practice;

import java.time.Instant;

/**
 * When one attempt was submitted, without its answer or grade report: what other features need
 * to measure time from submission (review turnaround) or to tick work as done (plan tasks linked
 * to a case), read for many learners at once (see {@link PracticeService#submissionsOf}).
 *
 * @param submittedAt never null
 */
public record SubmissionTime(long attemptId, long userId, ItemType itemType, String itemId, Instant submittedAt) {
}
