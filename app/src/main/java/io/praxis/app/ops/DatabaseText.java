package io.praxis.app.ops;

/**
 * Text the way every supported database can hold it.
 *
 * <p>PostgreSQL refuses the NUL character (U+0000) anywhere in a text value, as a stored value and
 * as a query parameter alike ({@code invalid byte sequence for encoding "UTF8": 0x00}); H2 accepts
 * it. Browsers and API clients can send one (pasted binary data, {@code %00} in a query string),
 * and on PostgreSQL the whole save or lookup then failed. Services pass free text that users type
 * through {@link #storable} before storing it, and skip lookups of values that contain one (no
 * stored value can), so the same input behaves the same on H2 and PostgreSQL.
 */
public final class DatabaseText {

    private DatabaseText() {
    }

    /** The text without NUL characters (invisible in every view, so nothing readable is lost); null stays null. */
    public static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    /**
     * Whether a lookup by this value can find anything: false when it contains a NUL character,
     * which no stored value does (PostgreSQL would refuse the query).
     */
    public static boolean canMatch(String value) {
        return value == null || value.indexOf('\0') < 0;
    }
}
