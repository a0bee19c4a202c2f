package io.praxis.scoring.metrics.confusion;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;

/**
 * A binary confusion matrix and the β of the F-beta score.
 *
 * @param tp   true positives, ≥ 0
 * @param fp   false positives, ≥ 0
 * @param fn   false negatives, ≥ 0
 * @param tn   true negatives, ≥ 0
 * @param beta β of F-beta, finite and &gt; 0 (β &gt; 1 weighs recall more)
 */
public record ConfusionInput(long tp, long fp, long fn, long tn, double beta) {

    /**
     * Validates the input.
     *
     * @throws InvalidInputException naming the field, when a count is negative or β ≤ 0
     */
    public ConfusionInput {
        InputChecks.count("tp", tp);
        InputChecks.count("fp", fp);
        InputChecks.count("fn", fn);
        InputChecks.count("tn", tn);
        InputChecks.positive("beta", beta);
    }

    /** A confusion matrix with β = 1 (F-beta equals F1). */
    public static ConfusionInput of(long tp, long fp, long fn, long tn) {
        return new ConfusionInput(tp, fp, fn, tn, 1.0);
    }
}
