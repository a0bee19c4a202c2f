package io.praxis.scoring.metrics;

/**
 * Range checks shared by the input records of every metric family. Each check returns its
 * argument when it is valid and otherwise throws an {@link InvalidInputException} whose
 * message names the field and says what was expected and what was given.
 *
 * <p>This class is public only because the family packages are siblings of this one; it is
 * not meant as a general validation library.
 */
public final class InputChecks {

    private InputChecks() {
    }

    /** A count: a whole number ≥ 0. */
    public static long count(String field, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, field + " must be a whole number ≥ 0, got " + value);
        }
        return value;
    }

    /** A whole number ≥ {@code min}. */
    public static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw new InvalidInputException(field, field + " must be a whole number ≥ " + min + ", got " + value);
        }
        return value;
    }

    /** A finite number (not NaN, not ±Infinity). */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, field + " must be a finite number, got " + describe(value));
        }
        return value;
    }

    /** A finite number ≥ 0. */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new InvalidInputException(field, field + " must be a finite number ≥ 0, got " + describe(value));
        }
        return value;
    }

    /** A finite number &gt; 0. */
    public static double positive(String field, double value) {
        if (!(value > 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new InvalidInputException(field, field + " must be a finite number > 0, got " + describe(value));
        }
        return value;
    }

    /** A probability: a number in the closed interval [0, 1]. */
    public static double probability(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new InvalidInputException(field, field + " must be a number in [0, 1], got " + describe(value));
        }
        return value;
    }

    /** A number in the open interval (0, 1). */
    public static double openUnitInterval(String field, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new InvalidInputException(field,
                    field + " must be a number strictly between 0 and 1, got " + describe(value));
        }
        return value;
    }

    /** A binary label: 0 or 1. */
    public static int label(String field, int value) {
        if (value != 0 && value != 1) {
            throw new InvalidInputException(field, field + " must be 0 or 1, got " + value);
        }
        return value;
    }

    /** A reference that must not be null. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    /** A non-null array or list length that must be ≥ 1. */
    public static int nonEmpty(String field, int length) {
        if (length == 0) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        return length;
    }

    /** A number as people write it: {@code 2} rather than {@code 2.0}, {@code NaN} as is. */
    public static String describe(double value) {
        if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
