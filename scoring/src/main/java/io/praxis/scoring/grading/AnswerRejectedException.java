package io.praxis.scoring.grading;

/** An answer that cannot be graded at all (empty, or over the length limit); the message says why. */
public class AnswerRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AnswerRejectedException(String message) {
        super(message);
    }
}
