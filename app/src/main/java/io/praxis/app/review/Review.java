package io.praxis.app.review;

import io.praxis.app.practice.ItemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The review of one submitted attempt: who holds the claim and until when, the claimant's
 * working draft, and how many versions were released. Every change (claim, draft save, release)
 * bumps {@link #version}; a writer that read an older version is refused, which is what keeps two
 * mentors from overwriting each other. Released versions live in {@link ReviewVersion}.
 */
@Entity
@Table(name = "review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false, unique = true)
    private Long attemptId;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 16)
    private ItemType itemType;

    @Column(name = "item_id", nullable = false, length = 80)
    private String itemId;

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "claim_expires_at")
    private Instant claimExpiresAt;

    @Column(name = "draft_json", length = 100000)
    private String draftJson;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "released_versions", nullable = false)
    private int releasedVersions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Review() {
    }

    Review(long attemptId, long learnerId, ItemType itemType, String itemId, Instant createdAt) {
        this.attemptId = attemptId;
        this.learnerId = learnerId;
        this.itemType = itemType;
        this.itemId = itemId;
        this.createdAt = createdAt;
    }

    /** Whether someone holds a claim that has not run out at {@code now}. */
    boolean claimActive(Instant now) {
        return claimedBy != null && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    /** Whether {@code mentorId} may write now: they hold the claim, or held it and nobody took it over. */
    boolean writableBy(long mentorId) {
        return claimedBy != null && claimedBy == mentorId;
    }

    void claim(long mentorId, Instant now, Instant expiresAt) {
        this.claimedBy = mentorId;
        this.claimedAt = now;
        this.claimExpiresAt = expiresAt;
    }

    void extendClaim(Instant expiresAt) {
        this.claimExpiresAt = expiresAt;
    }

    void clearClaim() {
        this.claimedBy = null;
        this.claimedAt = null;
        this.claimExpiresAt = null;
    }

    void saveDraft(String json, Instant at) {
        this.draftJson = json;
        this.draftSavedAt = at;
    }

    /** Counts a release and returns the new version number (1 for the first). */
    int nextReleased() {
        return ++releasedVersions;
    }

    Long getId() {
        return id;
    }

    Long getAttemptId() {
        return attemptId;
    }

    Long getLearnerId() {
        return learnerId;
    }

    ItemType getItemType() {
        return itemType;
    }

    String getItemId() {
        return itemId;
    }

    Long getClaimedBy() {
        return claimedBy;
    }

    Instant getClaimedAt() {
        return claimedAt;
    }

    Instant getClaimExpiresAt() {
        return claimExpiresAt;
    }

    String getDraftJson() {
        return draftJson;
    }

    Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    int getReleasedVersions() {
        return releasedVersions;
    }

    long getVersion() {
        return version;
    }
}
