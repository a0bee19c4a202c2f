package io.praxis.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void spearmanUsesAverageRanksForTies() {
        assertThat(Agreement.ranks(new double[] {5, 6, 7, 8, 7})).containsExactly(1, 2, 3.5, 5, 3.5);
        assertThat(Agreement.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}))
                .isCloseTo(0.8207826816681233, within(1e-12));
        assertThat(Agreement.spearman(new double[] {10, 20, 20, 40}, new double[] {3, 1, 2, 4}))
                .isCloseTo(0.31622776601683794, within(1e-12));
        assertThat(Agreement.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10})).isCloseTo(-1, within(1e-12));
    }

    @Test
    void spearmanIsUndefinedWithoutVariance() {
        assertThat(Agreement.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
        assertThat(Agreement.spearman(new double[] {1}, new double[] {1})).isNaN();
    }

    @Test
    void quadraticWeightedKappa() {
        // worked by hand: Σw·O = 4/9, Σw·E = 16/9
        assertThat(Agreement.quadraticWeightedKappa(new int[] {0, 1, 2, 3, 3, 2, 1, 0},
                new int[] {0, 1, 1, 3, 2, 2, 2, 1}, 4)).isCloseTo(0.75, within(1e-12));
        assertThat(Agreement.quadraticWeightedKappa(new int[] {0, 1, 2, 3}, new int[] {0, 1, 2, 3}, 4)).isEqualTo(1.0);
        assertThat(Agreement.quadraticWeightedKappa(new int[] {0, 1, 2, 3}, new int[] {3, 2, 1, 0}, 4))
                .isCloseTo(-1.0, within(1e-12));
        assertThat(Agreement.quadraticWeightedKappa(new int[] {2, 2}, new int[] {2, 2}, 4)).isEqualTo(1.0);
    }

    @Test
    void exactAndAdjacentAgreement() {
        int[] human = {0, 1, 2, 3};
        int[] grader = {0, 2, 0, 3};
        assertThat(Agreement.exact(human, grader)).isEqualTo(0.5);
        assertThat(Agreement.adjacent(human, grader)).isEqualTo(0.75);
    }

    @Test
    void pairwiseCountsGraderTiesAsHalf() {
        double[] p = Agreement.pairwise(new double[] {10, 20, 30, 30}, new double[] {5, 5, 40, 1});
        // pairs with different human scores: (10,20) tie 0.5; (10,30a) 1; (10,30b) 0; (20,30a) 1; (20,30b) 0
        assertThat(p).containsExactly(2.5, 5);
    }
}
