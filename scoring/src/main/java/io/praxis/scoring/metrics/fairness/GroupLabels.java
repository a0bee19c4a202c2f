package io.praxis.scoring.metrics.fairness;

import io.praxis.scoring.metrics.InputChecks;
import java.util.Arrays;

/**
 * The actual and predicted binary labels of one group. The arrays are copied on construction
 * and on access. Their contents are checked by {@link FairnessInput}, which knows the group's
 * name for the error message.
 *
 * @param yTrue actual labels, 0 or 1
 * @param yPred predicted labels, 0 or 1, as many as {@code yTrue}
 */
public record GroupLabels(int[] yTrue, int[] yPred) {

    public GroupLabels {
        InputChecks.present("y_true", yTrue);
        InputChecks.present("y_pred", yPred);
        yTrue = yTrue.clone();
        yPred = yPred.clone();
    }

    /** A copy of the actual labels. */
    @Override
    public int[] yTrue() {
        return yTrue.clone();
    }

    /** A copy of the predicted labels. */
    @Override
    public int[] yPred() {
        return yPred.clone();
    }

    int[] actual() {
        return yTrue;
    }

    int[] predicted() {
        return yPred;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupLabels other && Arrays.equals(yTrue, other.yTrue)
                && Arrays.equals(yPred, other.yPred);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(yTrue) + Arrays.hashCode(yPred);
    }

    @Override
    public String toString() {
        return "GroupLabels[yTrue=" + Arrays.toString(yTrue) + ", yPred=" + Arrays.toString(yPred) + "]";
    }
}
