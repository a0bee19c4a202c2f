package io.praxis.scoring.grading;

import io.praxis.content.practice.AntiIndicator;
import io.praxis.content.practice.Concept;
import io.praxis.content.practice.Criterion;
import io.praxis.content.practice.Rubric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rubric made ready for matching: every concept and anti-indicator phrase stemmed and
 * widened with synonyms, indexed by its first stem; exemplar sentences as bags of stems; the
 * rubric's own vocabulary. Immutable.
 */
final class CompiledRubric {

    /** A stem sequence that signals a concept ({@code anti < 0}) or an anti-indicator ({@code concept < 0}). */
    record Pattern(String[] stems, int criterion, int concept, int anti) {

        boolean isAnti() {
            return anti >= 0;
        }
    }

    private final Rubric rubric;
    private final Map<String, List<Pattern>> byFirstStem;
    private final List<List<Map<String, Integer>>> exemplars;
    private final Set<String> vocabulary;

    CompiledRubric(Rubric rubric, TextAnalyzer analyzer, SynonymTable synonyms) {
        this.rubric = rubric;
        Map<String, List<Pattern>> index = new HashMap<>();
        Set<String> vocab = new HashSet<>();
        List<List<Map<String, Integer>>> exemplarBags = new ArrayList<>();
        addWords(vocab, analyzer, rubric.title());
        List<Criterion> criteria = rubric.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            addWords(vocab, analyzer, criterion.title());
            criterion.levels().forEach(l -> addWords(vocab, analyzer, l));
            for (int k = 0; k < criterion.concepts().size(); k++) {
                Concept concept = criterion.concepts().get(k);
                addWords(vocab, analyzer, concept.label());
                for (List<String> v : variants(concept.phrases(), analyzer, synonyms)) {
                    index.computeIfAbsent(v.getFirst(), s -> new ArrayList<>())
                            .add(new Pattern(v.toArray(String[]::new), c, k, -1));
                    vocab.addAll(v);
                }
            }
            for (int a = 0; a < criterion.anti().size(); a++) {
                AntiIndicator anti = criterion.anti().get(a);
                for (List<String> v : variants(anti.phrases(), analyzer, synonyms)) {
                    index.computeIfAbsent(v.getFirst(), s -> new ArrayList<>())
                            .add(new Pattern(v.toArray(String[]::new), c, -1, a));
                }
            }
            List<Map<String, Integer>> bags = new ArrayList<>();
            for (String exemplar : criterion.exemplars()) {
                addWords(vocab, analyzer, exemplar);
                bags.add(bag(analyzer.tokens(exemplar)));
            }
            exemplarBags.add(List.copyOf(bags));
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstStem = Map.copyOf(index);
        this.exemplars = List.copyOf(exemplarBags);
        this.vocabulary = Set.copyOf(vocab);
    }

    private static Set<List<String>> variants(List<String> phrases, TextAnalyzer analyzer, SynonymTable synonyms) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String phrase : phrases) {
            List<String> stems = analyzer.stems(phrase);
            if (!stems.isEmpty()) {
                out.addAll(synonyms.variants(stems));
            }
        }
        return out;
    }

    static void addWords(Set<String> vocab, TextAnalyzer analyzer, String text) {
        if (text != null) {
            for (Token t : analyzer.tokens(text)) {
                vocab.add(t.stem());
            }
        }
    }

    /** Content-word stems with their counts: stop words and numbers left out. */
    static Map<String, Integer> bag(List<Token> tokens) {
        Map<String, Integer> bag = new HashMap<>();
        for (Token t : tokens) {
            if (!Lexicon.isStopWord(t.surface()) && !t.isNumber()) {
                bag.merge(t.stem(), 1, Integer::sum);
            }
        }
        return bag;
    }

    /** Cosine similarity of two bags of stems; 0 when either is empty. */
    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                dot += (double) e.getValue() * other;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> bag) {
        double sum = 0;
        for (int v : bag.values()) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    Rubric rubric() {
        return rubric;
    }

    /** Patterns whose first stem is {@code stem}. */
    List<Pattern> patternsStartingWith(String stem) {
        return byFirstStem.getOrDefault(stem, List.of());
    }

    /** Exemplar bags of criterion {@code c}. */
    List<Map<String, Integer>> exemplars(int c) {
        return exemplars.get(c);
    }

    /** Stems of the rubric's titles, descriptors, labels, phrases and exemplars. */
    Set<String> vocabulary() {
        return vocabulary;
    }
}
