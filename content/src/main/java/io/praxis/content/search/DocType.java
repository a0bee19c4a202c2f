package io.praxis.content.search;

import java.util.Arrays;
import java.util.List;

/** The kinds of thing search finds. */
public enum DocType {
    LESSON("lesson", "Lessons"),
    GLOSSARY("glossary", "Glossary"),
    CASE("case", "Cases"),
    QUESTION("question", "Interview questions");

    private final String id;
    private final String label;

    DocType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    static boolean isKnown(String id) {
        return Arrays.stream(values()).anyMatch(t -> t.id.equals(id));
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(DocType::id).toList();
    }

    public static String labelOf(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).map(DocType::label).findFirst().orElse(id);
    }
}
