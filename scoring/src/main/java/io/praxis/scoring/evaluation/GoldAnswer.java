package io.praxis.scoring.evaluation;

import java.util.Map;

/**
 * One human-scored answer of a gold set.
 *
 * @param source the file it came from, for error messages ({@code gold/spam-detection.jsonl})
 * @param line its 1-based line number in that file
 * @param caseId the case it answers
 * @param score the human overall score 0-100
 * @param levels the human level 0-3 per criterion id, in file order; empty when not given
 */
public record GoldAnswer(String source, int line, String caseId, String answer, int score,
        Map<String, Integer> levels) {

    public GoldAnswer {
        levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    }

    /** "gold/spam-detection.jsonl:3", for messages. */
    public String where() {
        return source + ":" + line;
    }
}
