package io.praxis.scoring.evaluation;

/** A gold set that cannot be used: the message names the file and line and what is wrong. */
public class GoldSetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public GoldSetException(String message) {
        super(message);
    }
}
