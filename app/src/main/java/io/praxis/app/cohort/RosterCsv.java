package io.praxis.app.cohort;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a roster file: CSV with the columns e-mail and name.
 *
 * <p>Rules: UTF-8 (a byte-order mark is ignored); records end with CRLF, LF or CR; values may be
 * double-quoted (RFC 4180: a quoted value may contain commas, line breaks and doubled quotes);
 * the separator is a comma, or a semicolon when the first record has semicolons and no comma
 * (spreadsheets in many locales save so). A header is optional: a first record naming an e-mail
 * column ({@code email}, {@code e-mail}, {@code email address}) is a header and may put the columns
 * in any order; without one the columns are e-mail, then name. Blank records are ignored. Each
 * record keeps the number of the line it starts on, counted from 1 including the header, which
 * is what a spreadsheet shows.
 *
 * <p>Problems with one record are attached to it; problems with the whole file (not UTF-8, no
 * rows, more than the limit, a header without a name column) are reported instead of any row.
 */
final class RosterCsv {

    /** One data record: its line, e-mail and name (trimmed), or the reason it cannot be read. */
    record Row(int line, String email, String name, String problem) {
    }

    /** The rows, or a problem with the whole file (then {@code rows} is empty). */
    record Parsed(List<Row> rows, String fileProblem) {
    }

    private static final Set<String> EMAIL_HEADERS = Set.of("email", "e-mail", "email address", "e-mail address");
    private static final Set<String> NAME_HEADERS = Set.of("name", "full name", "display name");

    private RosterCsv() {
    }

    /** Parses a roster; at most {@code maxRows} data rows are accepted. */
    static Parsed parse(byte[] bytes, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), "The file is not UTF-8 text. In your spreadsheet, save it as "
                    + "\"CSV UTF-8\" and upload it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = records(text, separator(text));
        records.removeIf(Record::isBlank);
        if (records.isEmpty()) {
            return new Parsed(List.of(), "The file contains no rows. Put one learner per line: email,name.");
        }
        int emailColumn = 0;
        int nameColumn = 1;
        int columns = 2;
        Record first = records.getFirst();
        List<String> headings = first.fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (headings.stream().anyMatch(EMAIL_HEADERS::contains)) {
            emailColumn = indexOf(headings, EMAIL_HEADERS);
            nameColumn = indexOf(headings, NAME_HEADERS);
            if (nameColumn < 0) {
                return new Parsed(List.of(), "The header on line " + first.line + " has no name column. "
                        + "Name the columns email and name.");
            }
            columns = headings.size();
            records.removeFirst();
            if (records.isEmpty()) {
                return new Parsed(List.of(), "The file has a header but no learner rows.");
            }
        }
        if (records.size() > maxRows) {
            return new Parsed(List.of(), String.format(Locale.ROOT,
                    "The file has %,d learner rows; at most %,d can be imported at once. Split it into smaller files.",
                    records.size(), maxRows));
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (Record r : records) {
            if (r.problem != null) {
                rows.add(new Row(r.line, "", "", r.problem));
            } else if (r.fields.size() != columns) {
                rows.add(new Row(r.line, r.fields.getFirst().strip(), "", "Expected " + columns + " values ("
                        + (columns == 2 ? "email,name" : "as in the header") + ") but found " + r.fields.size()
                        + ". Put a name that contains a comma in double quotes."));
            } else {
                rows.add(new Row(r.line, r.fields.get(emailColumn).strip(), r.fields.get(nameColumn).strip(), null));
            }
        }
        return new Parsed(rows, null);
    }

    private static int indexOf(List<String> headings, Set<String> names) {
        for (int i = 0; i < headings.size(); i++) {
            if (names.contains(headings.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A semicolon only when the first line has one and no comma; a comma otherwise. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static final class Record {
        final int line;
        final List<String> fields = new ArrayList<>();
        String problem;

        Record(int line) {
            this.line = line;
        }

        boolean isBlank() {
            return problem == null && fields.stream().allMatch(String::isBlank);
        }
    }

    /** Splits text into records of fields, following RFC 4180 with lenient line endings. */
    private static List<Record> records(String text, char separator) {
        List<Record> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            Record record = new Record(line);
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i);
                if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    int start = line;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            closed = true;
                            i++;
                            break;
                        }
                        if (q == '\n' || q == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n')) {
                            line++;
                        }
                        field.append(q);
                        i++;
                    }
                    if (!closed) {
                        record.problem = "A value that starts with a double quote on line " + start
                                + " is never closed.";
                        out.add(record);
                        return out;
                    }
                    // Anything between the closing quote and the separator is kept as typed.
                    while (i < n && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        field.append(text.charAt(i++));
                    }
                } else if (c == separator) {
                    record.fields.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\n' || c == '\r') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                    i++;
                }
            }
            record.fields.add(field.toString());
            out.add(record);
        }
        return out;
    }
}
