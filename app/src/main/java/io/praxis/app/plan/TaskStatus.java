package io.praxis.app.plan;

/** Where a task stands on a given day. */
public enum TaskStatus {
    /** Ticked, by the learner or automatically. */
    DONE("Done"),
    /** Not done and its week has ended. */
    LATE("Late"),
    /** Not done and its week is the current one. */
    DUE("Due this week"),
    /** Its week has not started yet. */
    UPCOMING("Upcoming");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
