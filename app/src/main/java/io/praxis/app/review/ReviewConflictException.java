package io.praxis.app.review;

/**
 * A review could not be changed because someone else got there first: another mentor holds the
 * claim, the claim was released or taken over, or the review changed since the caller read it
 * (another tab or mentor saved). Nothing was stored; the caller should reload and decide.
 */
public class ReviewConflictException extends RuntimeException {

    public ReviewConflictException(String message) {
        super(message);
    }

    public ReviewConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
