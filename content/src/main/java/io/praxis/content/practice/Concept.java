package io.praxis.content.practice;

import java.util.List;

/** An idea the grader looks for, with the ways people phrase it. */
public record Concept(String id, String label, List<String> phrases) {

    public Concept {
        phrases = List.copyOf(phrases);
    }
}
