package io.praxis.content.practice;

import java.util.List;

/**
 * One quality of an answer that a rubric scores on levels 0-3.
 *
 * @param levels the four level descriptors, index = level
 * @param thresholds distinct concepts needed for levels 1, 2 and 3 (non-decreasing)
 * @param lessons lessons that teach this criterion, for "what is missing" links
 */
public record Criterion(String id, String title, int weight, List<String> lessons, List<String> levels,
        List<Integer> thresholds, List<Concept> concepts, List<String> exemplars, List<AntiIndicator> anti) {

    public static final int MAX_LEVEL = 3;

    public Criterion {
        lessons = List.copyOf(lessons);
        levels = List.copyOf(levels);
        thresholds = List.copyOf(thresholds);
        concepts = List.copyOf(concepts);
        exemplars = List.copyOf(exemplars);
        anti = List.copyOf(anti);
        if (levels.size() != MAX_LEVEL + 1) {
            throw new IllegalArgumentException("a criterion needs four level descriptors");
        }
        if (thresholds.size() != MAX_LEVEL) {
            throw new IllegalArgumentException("a criterion needs three thresholds");
        }
    }

    /** The descriptor of a level 0-3. */
    public String descriptor(int level) {
        return levels.get(level);
    }
}
