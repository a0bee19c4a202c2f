package io.praxis.content.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Where content files come from: the class path of a built application, or a folder on disk
 * for authors and tests. Paths are relative, with {@code /} separators, e.g.
 * {@code lessons/ml-fundamentals/01-ai-ml-dl-genai.md}.
 */
public interface ContentSource {

    /** All file paths, sorted. */
    List<String> list();

    /** The UTF-8 text of one file. */
    String read(String path) throws IOException;

    /** {@link #read} that wraps the checked exception; for loaders that report problems themselves. */
    default String readUnchecked(String path) {
        try {
            return read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + describe(path), e);
        }
    }

    /** How a path is shown in problem reports, e.g. {@code praxis/lessons/x.md}. */
    String describe(String path);
}
