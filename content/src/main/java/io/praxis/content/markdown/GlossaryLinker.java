package io.praxis.content.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds glossary terms in running text so that the first use of each in a lesson can link
 * to its definition. Matching is on whole words; longer names win over shorter ones they
 * contain ("large language model" before "model"); names written in capitals (acronyms such
 * as "ML") match only in capitals, other names in any case.
 */
public final class GlossaryLinker {

    /** A name to look for and the glossary id it links to. */
    public record Name(String text, String termId) {
    }

    /** A match in a text: [start, end) and the term it links to. */
    public record Match(int start, int end, String termId) {
    }

    private final Pattern pattern;
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    public GlossaryLinker(List<Name> names) {
        List<Name> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        StringBuilder alternation = new StringBuilder();
        for (Name n : sorted) {
            if (n.text().isBlank()) {
                continue;
            }
            if (isAcronym(n.text())) {
                exact.putIfAbsent(n.text(), n.termId());
            } else {
                folded.putIfAbsent(n.text().toLowerCase(), n.termId());
            }
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(n.text()));
        }
        this.pattern = alternation.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternation + ")(?![\\p{L}\\p{N}-])",
                        Pattern.CASE_INSENSITIVE);
    }

    static boolean isAcronym(String s) {
        return s.length() <= 6 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && s.chars().anyMatch(Character::isLetter);
    }

    /** All matches in {@code text}, left to right, not overlapping. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String found = m.group();
            String id = exact.get(found);
            if (id == null) {
                id = folded.get(found.toLowerCase());
            }
            if (id != null) {
                out.add(new Match(m.start(), m.end(), id));
            }
        }
        return out;
    }
}
