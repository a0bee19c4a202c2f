package io.praxis.scoring.metrics.bleu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class BleuMetricsTest {

    private static BleuResult bleu(List<String> candidates, List<List<String>> references) {
        return BleuMetrics.compute(new BleuInput(candidates, references));
    }

    @Test
    void closestReferenceTieGoesToTheShorter() {
        // Candidate of 5 tokens; references of 4 and 6 tokens are equally close: r = 4, so c > r.
        BleuResult r = bleu(List.of("a b c d e"), List.of(List.of("a b c d e f", "a b c d")));
        assertThat(r.refLength()).isEqualTo(4);
        assertThat(r.brevityPenalty()).isEqualTo(MetricValue.of(1));
        // Same references in the other order: still the shorter one.
        assertThat(bleu(List.of("a b c d e"), List.of(List.of("a b c d", "a b c d e f"))).refLength()).isEqualTo(4);
    }

    @Test
    void brevityPenaltyWhenCandidateIsShorter() {
        BleuResult r = bleu(List.of("a b c d e"), List.of(List.of("a b c d e f g")));
        assertThat(r.brevityPenalty().orElseThrow()).isCloseTo(Math.exp(1 - 7.0 / 5), within(1e-15));
        assertThat(r.bleu().orElseThrow()).isCloseTo(Math.exp(1 - 7.0 / 5), within(1e-15));
    }

    @Test
    void emptyCandidateGivesZeroNotUndefined() {
        BleuResult r = bleu(List.of(""), List.of(List.of("a b")));
        assertThat(r.hypLength()).isZero();
        assertThat(r.brevityPenalty()).isEqualTo(MetricValue.of(0));
        assertThat(r.p1()).isEqualTo(MetricValue.of(0));
        assertThat(r.bleu()).isEqualTo(MetricValue.of(0));
    }

    @Test
    void shortSegmentsStillAddOneToTheDenominator() {
        // Segment 2 has one token: for n = 2..4 it contributes 0/1 (NLTK's max(1, …)).
        BleuResult r = bleu(List.of("a b c d", "x"), List.of(List.of("a b c d"), List.of("x")));
        assertThat(r.p1()).isEqualTo(MetricValue.of(1));
        assertThat(r.p2()).isEqualTo(MetricValue.of(3.0 / 4));
        assertThat(r.p4()).isEqualTo(MetricValue.of(1.0 / 2));
    }

    @Test
    void clippingUsesTheMaxCountInAnyOneReference() {
        BleuResult r = bleu(List.of("the the the the"), List.of(List.of("the cat", "the the mat")));
        assertThat(r.p1()).isEqualTo(MetricValue.of(2.0 / 4));
    }

    @Test
    void zeroHigherOrderMatchGivesExactlyZero() {
        BleuResult r = bleu(List.of("latency went up after the release"), List.of(List.of("after the release the latency went up")));
        assertThat(r.p4()).isEqualTo(MetricValue.of(0));
        assertThat(r.bleu().orElseThrow()).isEqualTo(0.0);
    }

    @Test
    void invalidInputNamesTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new BleuInput(List.of("a"), List.of(List.of("\t\n")))).field()).isEqualTo("references[0][0]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new BleuInput(List.of("a", "b"), List.of(List.of("a"), List.of()))).field()).isEqualTo("references[1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> new BleuInput(List.of(), List.of())).field()).isEqualTo("candidates");
    }
}
