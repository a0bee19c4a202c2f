package io.praxis.app.cohort;

/**
 * Writes CSV cells that spreadsheets read as text. A value starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel and its
 * kin (CSV injection), so it gets a leading apostrophe; every cell is quoted, with quotes doubled.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
