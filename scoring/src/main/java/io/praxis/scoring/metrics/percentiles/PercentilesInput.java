package io.praxis.scoring.metrics.percentiles;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import java.util.Arrays;

/**
 * Request latencies in milliseconds, in any order.
 *
 * @param latenciesMs the latencies, each a finite number ≥ 0; not empty. Copied on
 *                    construction and on access.
 */
public record PercentilesInput(double[] latenciesMs) {

    /**
     * Validates and copies the input.
     *
     * @throws InvalidInputException naming the field ({@code "latencies_ms[4]"}, …)
     */
    public PercentilesInput {
        InputChecks.present("latencies_ms", latenciesMs);
        latenciesMs = latenciesMs.clone();
        InputChecks.nonEmpty("latencies_ms", latenciesMs.length);
        for (int i = 0; i < latenciesMs.length; i++) {
            InputChecks.nonNegative("latencies_ms[" + i + "]", latenciesMs[i]);
        }
    }

    /** A copy of the latencies. */
    @Override
    public double[] latenciesMs() {
        return latenciesMs.clone();
    }

    double[] values() {
        return latenciesMs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PercentilesInput other && Arrays.equals(latenciesMs, other.latenciesMs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(latenciesMs);
    }

    @Override
    public String toString() {
        return "PercentilesInput[latenciesMs=" + Arrays.toString(latenciesMs) + "]";
    }
}
