package io.praxis.content.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25-like: for each distinct term in the passage,
 * {@code tf(freqInPassage, passageLength) × weight(contentLength, freqInDoc)}, the sum times
 * {@code norm(passageStart)}) computed without allocating.
 *
 * <p>Why by hand: the library version de-duplicates a passage's terms with a new
 * {@code BytesRefHash}, which allocates a 32 KB block for every candidate passage; that was a
 * fifth of the time of a whole search. A passage holds a handful of matches, so a linear scan
 * over the earlier matches is cheaper. {@code LeanPassageScorerTest} checks it gives the
 * library's score.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0; // summed in double, as the library does, so the result is bit-for-bit the same
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int freqInPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    freqInPassage++;
                }
            }
            score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
