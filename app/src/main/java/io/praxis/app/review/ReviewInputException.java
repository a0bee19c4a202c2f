package io.praxis.app.review;

/**
 * A review field holds something that cannot be stored or released; the message names the
 * field in the mentor's words and says what would be accepted. Nothing was stored.
 */
public class ReviewInputException extends IllegalArgumentException {

    /** {@link #field()} of the overall comment. */
    public static final String OVERALL = "overall";
    /** {@link #field()} of the comment bank. */
    public static final String BANK = "comment-bank";

    private final String field;

    /**
     * @param field a criterion id, {@link #OVERALL} or {@link #BANK}
     */
    public ReviewInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Which field is wrong: a criterion id, {@link #OVERALL} or {@link #BANK}. */
    public String field() {
        return field;
    }
}
