package io.praxis.content.validation;

/**
 * One thing wrong with a content file.
 *
 * @param file the file as shown to authors
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, in words an author can act on
 */
public record ContentProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
