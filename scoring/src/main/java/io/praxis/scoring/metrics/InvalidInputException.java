package io.praxis.scoring.metrics;

import java.util.Objects;

/**
 * Invalid input to a metric calculator. {@link #field()} names the offending input field in
 * the spelling of METRICS.md, with an index or group where that helps
 * ({@code "tp"}, {@code "y_score[3]"}, {@code "queries[1][0]"}, {@code "groups.A.y_pred"}),
 * and the message names the same field, e.g. {@code "tp must be a whole number ≥ 0, got -1"}.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the offending field, non-blank
     * @param message a message for people; if it does not already mention {@code field}, the
     *                field is prefixed ({@code field + ": " + message})
     */
    public InvalidInputException(String field, String message) {
        super(withField(field, message));
        this.field = field;
    }

    private static String withField(String field, String message) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
        return message.contains(field) ? message : field + ": " + message;
    }

    /** The offending input field, e.g. {@code "tp"} or {@code "y_score[3]"}. */
    public String field() {
        return field;
    }
}
