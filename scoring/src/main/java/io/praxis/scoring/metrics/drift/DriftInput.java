package io.praxis.scoring.metrics.drift;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import java.util.Arrays;

/**
 * Two histograms over the same bins: the expected (baseline) and the actual distribution.
 * Values may be proportions or counts; each list is normalised by its own sum.
 *
 * @param expected the baseline bins, each ≥ 0, with a positive sum; at least one bin
 * @param actual   the observed bins, as many as {@code expected}, each ≥ 0, with a positive sum
 */
public record DriftInput(double[] expected, double[] actual) {

    /**
     * Validates and copies the input.
     *
     * @throws InvalidInputException naming the field ({@code "actual[2]"}, …)
     */
    public DriftInput {
        InputChecks.present("expected", expected);
        InputChecks.present("actual", actual);
        expected = expected.clone();
        actual = actual.clone();
        InputChecks.nonEmpty("expected", expected.length);
        InputChecks.nonEmpty("actual", actual.length);
        if (actual.length != expected.length) {
            throw new InvalidInputException("actual", "actual must have the same number of bins as expected ("
                    + expected.length + "), got " + actual.length);
        }
        checkBins("expected", expected);
        checkBins("actual", actual);
    }

    private static void checkBins(String field, double[] bins) {
        boolean positive = false;
        for (int i = 0; i < bins.length; i++) {
            InputChecks.nonNegative(field + "[" + i + "]", bins[i]);
            positive |= bins[i] > 0;
        }
        if (!positive) {
            throw new InvalidInputException(field, field + " must have a positive sum, got all zeros");
        }
    }

    /** A copy of the expected bins. */
    @Override
    public double[] expected() {
        return expected.clone();
    }

    /** A copy of the actual bins. */
    @Override
    public double[] actual() {
        return actual.clone();
    }

    double[] expectedBins() {
        return expected;
    }

    double[] actualBins() {
        return actual;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriftInput other && Arrays.equals(expected, other.expected)
                && Arrays.equals(actual, other.actual);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(expected) + Arrays.hashCode(actual);
    }

    @Override
    public String toString() {
        return "DriftInput[expected=" + Arrays.toString(expected) + ", actual=" + Arrays.toString(actual) + "]";
    }
}
