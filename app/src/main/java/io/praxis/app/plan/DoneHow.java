package io.praxis.app.plan;

/** How a task was completed: ticked by the learner, or by its auto-completion rule. */
public enum DoneHow {
    MANUAL, AUTO
}
