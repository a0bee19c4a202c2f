package io.praxis.content.lesson;

import java.util.List;

/** One glossary entry; {@code aliases} are other names that link to it from lessons. */
public record GlossaryTerm(String id, String term, List<String> aliases, String definition, List<String> lessons) {

    public GlossaryTerm {
        aliases = List.copyOf(aliases);
        lessons = List.copyOf(lessons);
    }

    /** The display term without a disambiguating note in brackets: "Feature (model input)" → "Feature". */
    public String plainTerm() {
        int paren = term.indexOf(" (");
        return paren > 0 ? term.substring(0, paren) : term;
    }
}
