package io.praxis.app.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment a mentor saved to reuse in later reviews. Each mentor has their own bank. */
@Entity
@Table(name = "comment_bank_entry")
class CommentBankEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentBankEntry() {
    }

    CommentBankEntry(long mentorId, String body, Instant createdAt) {
        this.mentorId = mentorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getMentorId() {
        return mentorId;
    }

    String getBody() {
        return body;
    }
}
