package io.praxis.content.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Content bundled in the {@code content} jar under {@code praxis/}. Listing a folder inside
 * a (nested) jar is not portable, so the build writes {@code praxis/MANIFEST.txt} with every
 * file's path, and this source reads that list.
 */
public final class ClasspathContentSource implements ContentSource {

    static final String ROOT = "praxis/";
    static final String MANIFEST = ROOT + "MANIFEST.txt";

    private final ClassLoader loader;
    private final List<String> files;

    public ClasspathContentSource() {
        this(ClasspathContentSource.class.getClassLoader());
    }

    public ClasspathContentSource(ClassLoader loader) {
        this.loader = loader;
        try (InputStream in = loader.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException(MANIFEST + " is missing from the class path: build the content module");
            }
            this.files = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .map(s -> s.replace('\\', '/'))
                    .filter(s -> !s.isEmpty() && !s.equals("MANIFEST.txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + MANIFEST, e);
        }
    }

    @Override
    public List<String> list() {
        return files;
    }

    @Override
    public String read(String path) throws IOException {
        try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IOException("No such content file: " + describe(path));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String describe(String path) {
        return ROOT + path;
    }
}
