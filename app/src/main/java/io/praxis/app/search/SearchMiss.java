package io.praxis.app.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A query that found nothing, counted so admins can see what learners miss. */
@Entity
@Table(name = "search_miss")
class SearchMiss {

    @Id
    @Column(name = "normalized_query", length = 200)
    private String normalizedQuery;

    @Column(name = "sample_query", nullable = false, length = 200)
    private String sampleQuery;

    @Column(name = "miss_count", nullable = false)
    private long missCount;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected SearchMiss() {
    }

    SearchMiss(String normalizedQuery, String sampleQuery, Instant at) {
        this.normalizedQuery = normalizedQuery;
        this.sampleQuery = sampleQuery;
        this.lastSeenAt = at;
    }

    void count(Instant at) {
        missCount++;
        lastSeenAt = at;
    }

    String sampleQuery() {
        return sampleQuery;
    }

    long missCount() {
        return missCount;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }
}
