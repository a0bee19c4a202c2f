package io.praxis.app.review;

import io.praxis.app.practice.ItemType;
import java.time.Instant;

/**
 * One released review version with the attempt it belongs to, but without its per-criterion
 * rows (which a list of reviews does not show), read by {@link ReviewRepository#releasedVersionsOf}.
 */
record ReleasedVersionRow(long attemptId, ItemType itemType, String itemId, int number, String mentorName,
        Instant releasedAt, int graderScore, int mentorScore, String overallComment) {
}
