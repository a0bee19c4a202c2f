package io.praxis.scoring.grading;

/**
 * A sentence (or a bullet or line) of an answer: the unit in which concepts are matched.
 *
 * @param start offset of the first character in the original text (bullet markers and
 *     surrounding white space excluded)
 * @param end offset just after the last character (exclusive)
 * @param firstToken index of the sentence's first token in {@link AnalyzedText#tokens()}
 * @param endToken index just after its last token
 * @param clauses for each token of the sentence, the clause it belongs to (0, 1, ...); clauses
 *     are separated by , ; : ( ) dashes and by "but", "however", "although", "though", "whereas"
 * @param separators commas (not inside numbers such as 5,000) and slashes in the sentence
 */
record Sentence(int start, int end, int firstToken, int endToken, int[] clauses, int separators) {

    int words() {
        return endToken - firstToken;
    }

    int clauseOf(int token) {
        return clauses[token - firstToken];
    }
}
