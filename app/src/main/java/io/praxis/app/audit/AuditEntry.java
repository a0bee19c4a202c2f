package io.praxis.app.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log. Immutable once written: there are no setters. The actor's address
 * is copied so that the entry still says who acted after the account changed.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email", nullable = false, length = 254)
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", length = 80)
    private String targetId;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "before_json", length = 1_000_000)
    private String beforeJson;

    @Column(name = "after_json", length = 1_000_000)
    private String afterJson;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorEmail, AuditAction action, String targetType,
            String targetId, String summary, String beforeJson, String afterJson) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.summary = summary;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    AuditService.AuditRecord toRecord() {
        return new AuditService.AuditRecord(id, occurredAt, actorId, actorEmail, action, targetType, targetId, summary,
                beforeJson, afterJson);
    }
}
