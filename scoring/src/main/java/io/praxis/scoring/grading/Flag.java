package io.praxis.scoring.grading;

/**
 * Something about an answer that a mentor should look at, and that may cap its score.
 *
 * @param code what was detected
 * @param message the same in plain words, for the learner and the mentor
 */
public record Flag(Code code, String message) {

    /** The kinds of flag, with the highest overall score an answer with that flag can get (100 = no cap). */
    public enum Code {
        /** Under {@link Grader#SHORT_WORDS} words: graded as usual, but flagged. */
        TOO_SHORT(100),
        /** Half or more of the answer repeats the question or its context. */
        PROMPT_PASTED(15),
        /** Concept words in lists or packed sentences rather than in statements. */
        KEYWORD_STUFFING(25),
        /** A fifth or more of the answer repeats itself; the repeats are not graded. */
        PADDING(100),
        /** The answer is about something else than the case. */
        OFF_TOPIC(10),
        /** The answer is mostly not made of English words. */
        GIBBERISH(10);

        private final int cap;

        Code(int cap) {
            this.cap = cap;
        }

        /** The highest overall score an answer with this flag can get. */
        public int cap() {
            return cap;
        }
    }
}
