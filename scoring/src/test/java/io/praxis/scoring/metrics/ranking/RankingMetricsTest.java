package io.praxis.scoring.metrics.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static RankingResult compute(long k, List<List<Integer>> queries) {
        return RankingMetrics.compute(new RankingInput(queries, k));
    }

    @Test
    void ndcgUsesLinearGain() {
        // grades [1, 3]: DCG@2 = 1 + 3/log2(3); IDCG@2 = 3 + 1/log2(3).
        double l3 = Math.log(3) / Math.log(2);
        double expected = (1 + 3 / l3) / (3 + 1 / l3);
        assertThat(compute(2, List.of(List.of(1, 3))).ndcgAtK().orElseThrow()).isCloseTo(expected, within(1e-15));
    }

    @Test
    void idealOrderUsesTheWholeListNotJustTheTopK() {
        // The grade-3 item at position 3 is outside k = 1 but defines IDCG@1.
        assertThat(compute(1, List.of(List.of(1, 0, 3))).ndcgAtK().orElseThrow()).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void precisionDividesByKEvenForShortLists() {
        RankingResult r = compute(10, List.of(List.of(1, 1)));
        assertThat(r.precisionAtK()).isEqualTo(MetricValue.of(0.2));
        assertThat(r.recallAtK()).isEqualTo(MetricValue.of(1));
    }

    @Test
    void reciprocalRankAndAveragePrecision() {
        RankingResult r = compute(3, List.of(List.of(0, 0, 2, 0, 1)));
        assertThat(r.mrr()).isEqualTo(MetricValue.of(1.0 / 3));
        assertThat(r.map().orElseThrow()).isCloseTo((1.0 / 3 + 2.0 / 5) / 2, within(1e-15));
        assertThat(r.recallAtK()).isEqualTo(MetricValue.of(0.5));
    }

    @Test
    void aQueryWithoutRelevantItemsMakesTheMeansUndefined() {
        RankingResult r = compute(2, List.of(List.of(1, 0), List.of(0, 0), List.of(0)));
        assertThat(r.precisionAtK()).isEqualTo(MetricValue.of((0.5 + 0 + 0) / 3));
        for (MetricValue v : List.of(r.ndcgAtK(), r.map(), r.mrr(), r.recallAtK())) {
            assertThat(v).isInstanceOfSatisfying(MetricValue.Undefined.class,
                    u -> assertThat(u.reason()).contains("queries 2, 3").contains("no relevant item"));
        }
    }

    @Test
    void invalidInputNamesTheField() {
        List<Integer> withNull = new ArrayList<>(Arrays.asList(1, null));
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> compute(1, List.of(List.of(1), withNull))).field()).isEqualTo("queries[1][1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> compute(1, List.of(List.of(1, -1)))).field()).isEqualTo("queries[0][1]");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> compute(0, List.of(List.of(1)))).field()).isEqualTo("k");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> compute(1, List.of())).field()).isEqualTo("queries");
    }
}
