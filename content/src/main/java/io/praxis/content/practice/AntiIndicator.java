package io.praxis.content.practice;

import java.util.List;

/** Phrasings that show the opposite of what a criterion asks for; {@code note} may be null. */
public record AntiIndicator(List<String> phrases, String note) {

    public AntiIndicator {
        phrases = List.copyOf(phrases);
    }
}
