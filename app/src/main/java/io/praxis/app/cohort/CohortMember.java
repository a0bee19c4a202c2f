package io.praxis.app.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Membership of one account (learner or mentor) in one cohort, with the date it began. */
@Entity
@Table(name = "cohort_member")
class CohortMember {

    @Embeddable
    record Key(@Column(name = "cohort_id") Long cohortId, @Column(name = "user_id") Long userId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected CohortMember() {
    }

    CohortMember(long cohortId, long userId, Instant joinedAt) {
        this.key = new Key(cohortId, userId);
        this.joinedAt = joinedAt;
    }

    Key key() {
        return key;
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
