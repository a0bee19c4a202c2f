package io.praxis.app.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A code that lets anyone who has it sign up as a learner of one cohort until it expires or
 * an admin revokes it. The code is stored as is, because admins need to see and share it again.
 */
@Entity
@Table(name = "cohort_invite")
class CohortInvite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "use_count", nullable = false)
    private int useCount;

    @Version
    private long version;

    protected CohortInvite() {
    }

    CohortInvite(long cohortId, String code, long createdBy, Instant createdAt, Instant expiresAt) {
        this.cohortId = cohortId;
        this.code = code;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    Long getCohortId() {
        return cohortId;
    }

    String getCode() {
        return code;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    int getUseCount() {
        return useCount;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }
}
