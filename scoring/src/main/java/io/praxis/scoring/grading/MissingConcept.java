package io.praxis.scoring.grading;

/** A concept of a criterion that the answer does not (yet) show, with the label shown to the learner. */
public record MissingConcept(String id, String label) {
}
