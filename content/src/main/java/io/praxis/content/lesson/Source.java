package io.praxis.content.lesson;

/** A source article whose facts and figures the curriculum uses. {@code author}, {@code year} may be null. */
public record Source(String id, String title, String author, Integer year) {

    /** "Title (Author, 2024)" or just the title. */
    public String citation() {
        StringBuilder s = new StringBuilder(title);
        if (author != null || year != null) {
            s.append(" (");
            if (author != null) {
                s.append(author);
            }
            if (year != null) {
                s.append(author != null ? ", " : "").append(year);
            }
            s.append(')');
        }
        return s.toString();
    }
}
