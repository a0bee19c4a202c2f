package io.praxis.app.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner's plan settings: the start they chose (only used outside a cohort) and the zone
 * in which the plan's days are counted. A cohort learner who never changed anything has no
 * row; their plan follows the cohort in the system zone.
 */
@Entity
@Table(name = "learning_plan")
class LearningPlan {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "zone_id", nullable = false, length = 64)
    private String zoneId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // A wrapper, so that Spring Data sees a new row (null version) and persists it directly.
    @Version
    private Long version;

    protected LearningPlan() {
    }

    LearningPlan(long userId, String zoneId, Instant createdAt) {
        this.userId = userId;
        this.zoneId = zoneId;
        this.createdAt = createdAt;
    }

    Long userId() {
        return userId;
    }

    LocalDate startDate() {
        return startDate;
    }

    void startDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    String zoneId() {
        return zoneId;
    }

    void zoneId(String zoneId) {
        this.zoneId = zoneId;
    }
}
