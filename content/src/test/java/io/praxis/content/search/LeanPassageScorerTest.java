package io.praxis.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {

    private final PassageScorer library = new PassageScorer();
    private final PassageScorer lean = new LeanPassageScorer();

    @Test
    void scoresLikeTheLibraryWithRepeatedTerms() {
        Passage p = passage(120, 260, "precis", 4, "recal", 2, "precis", 4, "threshold", 9, "recal", 2, "precis", 4);
        assertEquals(library.score(p, 5_000), lean.score(p, 5_000));
    }

    @Test
    void scoresLikeTheLibraryWithOneMatchAndWithNone() {
        Passage one = passage(0, 80, "drift", 1);
        assertEquals(library.score(one, 300), lean.score(one, 300));
        Passage none = passage(40, 90);
        assertEquals(library.score(none, 300), lean.score(none, 300));
    }

    @Test
    void aPassageWithMoreDistinctMatchedTermsScoresHigher() {
        Passage two = passage(0, 100, "precis", 3, "recal", 3);
        Passage one = passage(0, 100, "precis", 3, "precis", 3);
        assertEquals(true, lean.score(two, 1_000) > lean.score(one, 1_000));
    }

    /** A passage from start to end with matches given as term, frequency-in-document pairs. */
    private static Passage passage(int start, int end, Object... matches) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            int at = start + i * 5;
            p.addMatch(at, at + 4, new BytesRef((String) matches[i]), (Integer) matches[i + 1]);
        }
        return p;
    }
}
