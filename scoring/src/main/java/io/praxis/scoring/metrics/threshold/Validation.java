package io.praxis.scoring.metrics.threshold;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;

/** Validation of label and score arrays, shared by the input record and the curve methods. */
final class Validation {

    private Validation() {
    }

    /**
     * Checks that both arrays are present, non-empty and of equal length, that every label is
     * 0 or 1 and that every score is a number in [0, 1].
     */
    static void labelsAndScores(int[] yTrue, double[] yScore) {
        InputChecks.present("y_true", yTrue);
        InputChecks.present("y_score", yScore);
        InputChecks.nonEmpty("y_true", yTrue.length);
        InputChecks.nonEmpty("y_score", yScore.length);
        if (yTrue.length != yScore.length) {
            throw new InvalidInputException("y_score", "y_score must have the same length as y_true ("
                    + yTrue.length + " items), got " + yScore.length + " items");
        }
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] != 0 && yTrue[i] != 1) {
                InputChecks.label("y_true[" + i + "]", yTrue[i]);
            }
        }
        for (int i = 0; i < yScore.length; i++) {
            double s = yScore[i];
            if (!(s >= 0.0 && s <= 1.0)) {
                InputChecks.probability("y_score[" + i + "]", s);
            }
        }
    }
}
