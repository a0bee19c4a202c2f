package io.praxis.scoring.metrics.abtest;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;

/**
 * The outcome of a two-arm conversion experiment.
 *
 * @param controlConversions   conversions in the control arm, 0 ≤ c_c ≤ n_c
 * @param controlVisitors      visitors in the control arm, n_c ≥ 1
 * @param treatmentConversions conversions in the treatment arm, 0 ≤ c_t ≤ n_t
 * @param treatmentVisitors    visitors in the treatment arm, n_t ≥ 1
 * @param alpha                significance level of the interval, in (0, 1)
 */
public record AbTestInput(long controlConversions, long controlVisitors,
                          long treatmentConversions, long treatmentVisitors, double alpha) {

    /**
     * Validates the input.
     *
     * @throws InvalidInputException naming the field when a bound is violated
     */
    public AbTestInput {
        InputChecks.count("control_conversions", controlConversions);
        InputChecks.atLeast("control_visitors", controlVisitors, 1);
        InputChecks.count("treatment_conversions", treatmentConversions);
        InputChecks.atLeast("treatment_visitors", treatmentVisitors, 1);
        if (controlConversions > controlVisitors) {
            throw new InvalidInputException("control_conversions", "control_conversions cannot exceed "
                    + "control_visitors (" + controlVisitors + "), got " + controlConversions);
        }
        if (treatmentConversions > treatmentVisitors) {
            throw new InvalidInputException("treatment_conversions", "treatment_conversions cannot exceed "
                    + "treatment_visitors (" + treatmentVisitors + "), got " + treatmentConversions);
        }
        InputChecks.openUnitInterval("alpha", alpha);
    }
}
