package io.praxis.scoring.grading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Praxis's domain synonyms as groups of stem sequences, used to widen rubric phrases.
 *
 * <p>A phrase's variants are made by replacing any contiguous run of stems that equals a group
 * member with each other member of that group ("ml model" → "machine learning model"), then
 * the same again on each new variant (two rounds at most, {@value #MAX_VARIANTS} variants at
 * most), so that a phrase with two synonymous parts gets all combinations it is likely to need.
 */
final class SynonymTable {

    static final int MAX_VARIANTS = 48;

    private record Member(int group, List<String> stems) {
    }

    private final List<List<List<String>>> groups;
    private final Map<String, List<Member>> byFirstStem;

    SynonymTable(List<List<String>> surfaceGroups, TextAnalyzer analyzer) {
        List<List<List<String>>> stemmed = new ArrayList<>();
        Map<String, List<Member>> index = new HashMap<>();
        for (List<String> group : surfaceGroups) {
            Set<List<String>> members = new LinkedHashSet<>();
            for (String surface : group) {
                List<String> stems = analyzer.stems(surface);
                if (!stems.isEmpty()) {
                    members.add(stems);
                }
            }
            if (members.size() < 2) {
                continue;
            }
            int g = stemmed.size();
            stemmed.add(List.copyOf(members));
            for (List<String> m : members) {
                index.computeIfAbsent(m.getFirst(), k -> new ArrayList<>()).add(new Member(g, m));
            }
        }
        this.groups = List.copyOf(stemmed);
        this.byFirstStem = Map.copyOf(index);
    }

    /** The phrase itself first, then its synonym variants, without duplicates. */
    List<List<String>> variants(List<String> phrase) {
        Set<List<String>> out = new LinkedHashSet<>();
        out.add(List.copyOf(phrase));
        Deque<List<String>> frontier = new ArrayDeque<>(out);
        for (int round = 0; round < 2 && !frontier.isEmpty(); round++) {
            Deque<List<String>> next = new ArrayDeque<>();
            for (List<String> v : frontier) {
                for (int i = 0; i < v.size(); i++) {
                    for (Member m : byFirstStem.getOrDefault(v.get(i), List.of())) {
                        if (!startsWith(v, i, m.stems())) {
                            continue;
                        }
                        for (List<String> other : groups.get(m.group())) {
                            if (other.equals(m.stems())) {
                                continue;
                            }
                            List<String> w = new ArrayList<>(v.subList(0, i));
                            w.addAll(other);
                            w.addAll(v.subList(i + m.stems().size(), v.size()));
                            if (out.size() >= MAX_VARIANTS) {
                                return List.copyOf(out);
                            }
                            if (out.add(List.copyOf(w))) {
                                next.add(w);
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(out);
    }

    private static boolean startsWith(List<String> v, int at, List<String> member) {
        if (at + member.size() > v.size()) {
            return false;
        }
        for (int j = 0; j < member.size(); j++) {
            if (!v.get(at + j).equals(member.get(j))) {
                return false;
            }
        }
        return true;
    }
}
