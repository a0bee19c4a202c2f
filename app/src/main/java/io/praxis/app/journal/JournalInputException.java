package io.praxis.app.journal;

/**
 * A journal entry that cannot be saved as it is. The message names the field and says what
 * to change; {@link #field()} tells the editor which input to mark. Nothing was stored.
 */
public class JournalInputException extends IllegalArgumentException {

    /** The editor's inputs. */
    public enum Field {
        DATE, TITLE, BODY, LINK
    }

    private final Field field;

    public JournalInputException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
