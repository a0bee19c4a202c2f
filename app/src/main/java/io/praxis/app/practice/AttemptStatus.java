package io.praxis.app.practice;

/**
 * The life of an attempt: a DRAFT is being written; SUBMITTED is graded and immutable;
 * IN_REVIEW has been claimed by a mentor; REVIEWED has a released mentor review.
 */
public enum AttemptStatus {
    DRAFT, SUBMITTED, IN_REVIEW, REVIEWED
}
