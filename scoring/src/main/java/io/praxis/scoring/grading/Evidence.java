package io.praxis.scoring.grading;

import java.util.List;

/**
 * A sentence of the answer that earned concepts for a criterion.
 *
 * @param start offset of the sentence's first character in the original answer
 * @param end offset just after its last character, so that {@code answer.substring(start, end)}
 *     equals {@code text}
 * @param text the sentence as the learner wrote it
 * @param conceptIds the concepts it earned, in the order they appear; {@code "exemplar"} when it
 *     is close to one of the criterion's exemplar sentences
 */
public record Evidence(int start, int end, String text, List<String> conceptIds) {

    public Evidence {
        conceptIds = List.copyOf(conceptIds);
    }
}
