package io.praxis.app.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A read-only copy of a journal entry.
 *
 * @param id the entry id
 * @param date the day the entry is about
 * @param title an optional title, or null
 * @param body the Markdown as the learner typed it
 * @param link the task or lesson it is linked to, or null
 * @param createdAt when it was first saved
 * @param updatedAt when it was last saved
 */
public record JournalEntryView(long id, LocalDate date, String title, String body, JournalLink link,
        Instant createdAt, Instant updatedAt) {
}
