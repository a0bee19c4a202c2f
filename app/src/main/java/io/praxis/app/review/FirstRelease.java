package io.praxis.app.review;

import java.time.Instant;

/**
 * When the review of one attempt was first released to the learner (its version 1; later
 * amendments do not move it), read by {@link ReviewRepository#firstReleases}.
 */
record FirstRelease(long attemptId, Instant releasedAt) {
}
