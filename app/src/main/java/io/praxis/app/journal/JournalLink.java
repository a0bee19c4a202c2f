package io.praxis.app.journal;

import java.util.Objects;

/**
 * What an entry may be linked to: a task of the 90-day plan or a lesson.
 *
 * @param kind task or lesson
 * @param id the task or lesson id
 * @param label what the learner sees, e.g. "Task (week 4): Finish the teardown and share it"
 * @param href where the link leads in the app: the task's week of the plan, or the lesson
 */
public record JournalLink(Kind kind, String id, String label, String href) {

    /** The two kinds of link. */
    public enum Kind {
        TASK, LESSON
    }

    public JournalLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(href, "href");
    }
}
