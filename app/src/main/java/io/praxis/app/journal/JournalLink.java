package io.praxis.app.journal;

import io.praxis.content.Links;
import java.util.Objects;

/**
 * What an entry may be linked to: a task of the 90-day plan or a lesson.
 *
 * @param kind task or lesson
 * @param id the task or lesson id
 * @param label what the learner sees, e.g. "Task (week 4): Finish the teardown and share it"
 */
public record JournalLink(Kind kind, String id, String label) {

    /** The two kinds of link. */
    public enum Kind {
        TASK, LESSON
    }

    public JournalLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** Where the link leads in the app. */
    public String href() {
        return kind == Kind.TASK ? "plan" : Links.lesson(id);
    }
}
