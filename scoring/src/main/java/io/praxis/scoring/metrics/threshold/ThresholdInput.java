package io.praxis.scoring.metrics.threshold;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import java.util.Arrays;

/**
 * Binary labels, the classifier's scores and a decision threshold.
 *
 * <p>The arrays are copied on construction and on access, so the record is immutable.
 *
 * @param yTrue     labels, each 0 or 1; not empty
 * @param yScore    scores (probabilities), each in [0, 1]; as long as {@code yTrue}
 * @param threshold decision threshold, any finite number: an item is predicted positive iff
 *                  {@code score >= threshold}
 */
public record ThresholdInput(int[] yTrue, double[] yScore, double threshold) {

    /**
     * Validates and copies the input.
     *
     * @throws InvalidInputException naming the field ({@code "y_true[2]"}, {@code "y_score"}, …)
     */
    public ThresholdInput {
        InputChecks.present("y_true", yTrue);
        InputChecks.present("y_score", yScore);
        yTrue = yTrue.clone();
        yScore = yScore.clone();
        Validation.labelsAndScores(yTrue, yScore);
        InputChecks.finite("threshold", threshold);
    }

    /** A copy of the labels. */
    @Override
    public int[] yTrue() {
        return yTrue.clone();
    }

    /** A copy of the scores. */
    @Override
    public double[] yScore() {
        return yScore.clone();
    }

    int[] labels() {
        return yTrue;
    }

    double[] scores() {
        return yScore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThresholdInput other
                && Arrays.equals(yTrue, other.yTrue)
                && Arrays.equals(yScore, other.yScore)
                && Double.compare(threshold, other.threshold) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(yTrue) + Arrays.hashCode(yScore)) + Double.hashCode(threshold);
    }

    @Override
    public String toString() {
        return "ThresholdInput[yTrue=" + Arrays.toString(yTrue) + ", yScore=" + Arrays.toString(yScore)
                + ", threshold=" + threshold + "]";
    }
}
