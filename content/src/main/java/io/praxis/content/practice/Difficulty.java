package io.praxis.content.practice;

import java.util.Arrays;

/** How hard a case or question is. */
public enum Difficulty {
    FOUNDATION("foundation", "Foundation"),
    INTERMEDIATE("intermediate", "Intermediate"),
    ADVANCED("advanced", "Advanced");

    private final String id;
    private final String label;

    Difficulty(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Difficulty of(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown difficulty: " + id));
    }
}
