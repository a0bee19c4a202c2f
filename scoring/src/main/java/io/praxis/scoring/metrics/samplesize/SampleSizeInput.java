package io.praxis.scoring.metrics.samplesize;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;

/**
 * The plan of a two-arm conversion experiment.
 *
 * @param baselineRate p₁, the control conversion rate, in (0, 1)
 * @param mde          the minimum detectable effect, an absolute change &gt; 0 with
 *                     p₂ = p₁ + mde &lt; 1
 * @param alpha        the two-sided significance level, in (0, 1)
 * @param power        the desired power, in (alpha, 1)
 */
public record SampleSizeInput(double baselineRate, double mde, double alpha, double power) {

    /**
     * Validates the input.
     *
     * @throws InvalidInputException naming the field when a bound is violated
     */
    public SampleSizeInput {
        InputChecks.openUnitInterval("baseline_rate", baselineRate);
        InputChecks.positive("mde", mde);
        if (!(baselineRate + mde < 1.0)) {
            throw new InvalidInputException("mde", "mde must keep baseline_rate + mde below 1, got baseline_rate "
                    + InputChecks.describe(baselineRate) + " + mde " + InputChecks.describe(mde) + " = "
                    + InputChecks.describe(baselineRate + mde));
        }
        InputChecks.openUnitInterval("alpha", alpha);
        InputChecks.openUnitInterval("power", power);
        if (!(power > alpha)) {
            throw new InvalidInputException("power", "power must be greater than alpha ("
                    + InputChecks.describe(alpha) + "), got " + InputChecks.describe(power));
        }
    }

    /** p₂ = p₁ + mde, the treatment rate to detect. */
    public double targetRate() {
        return baselineRate + mde;
    }
}
