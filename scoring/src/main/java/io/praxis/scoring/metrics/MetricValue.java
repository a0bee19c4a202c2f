package io.praxis.scoring.metrics;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The value of one metric: either a finite number ({@link Defined}) or a typed
 * "undefined, because …" ({@link Undefined}).
 *
 * <p>A metric that is mathematically undefined for its input (a 0/0, an infinite result, a
 * statistic that needs two classes when the input has one) is reported as {@code Undefined}
 * with a human-readable reason. It is never NaN, never ±Infinity and never a substituted 0:
 * {@link Defined} rejects non-finite numbers, so the type system keeps NaN out of results.
 */
public sealed interface MetricValue permits MetricValue.Defined, MetricValue.Undefined {

    /**
     * A defined, finite metric value. {@code -0.0} is normalised to {@code 0.0}.
     *
     * @param value the value; must be finite
     */
    record Defined(double value) implements MetricValue {
        /** @throws IllegalStateException if {@code value} is NaN or infinite (a bug in a calculator) */
        public Defined {
            if (!Double.isFinite(value)) {
                throw new IllegalStateException("a defined metric value must be finite, got " + value);
            }
            value = value + 0.0; // turns -0.0 into 0.0
        }
    }

    /**
     * An undefined metric value, with the reason it is undefined.
     *
     * @param reason a non-blank explanation for people, e.g. "tp + fp = 0: no predicted positives"
     */
    record Undefined(String reason) implements MetricValue {
        /** @throws IllegalArgumentException if the reason is null or blank */
        public Undefined {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("an undefined metric value needs a reason");
            }
        }
    }

    /** A defined value. @throws IllegalStateException if {@code value} is not finite */
    static MetricValue of(double value) {
        return new Defined(value);
    }

    /** An undefined value with the given reason. */
    static MetricValue undefined(String reason) {
        return new Undefined(reason);
    }

    /**
     * {@code numerator / denominator}, or undefined with {@code reason} when the denominator
     * is 0. Both arguments must be finite.
     */
    static MetricValue ratio(double numerator, double denominator, String reason) {
        return denominator == 0.0 ? new Undefined(reason) : new Defined(numerator / denominator);
    }

    /** Whether this value is defined. */
    default boolean isDefined() {
        return this instanceof Defined;
    }

    /** The value, or {@code fallback} when undefined. */
    default double orElse(double fallback) {
        return this instanceof Defined(double v) ? v : fallback;
    }

    /** The value as an {@link OptionalDouble}, empty when undefined. */
    default OptionalDouble toOptional() {
        return this instanceof Defined(double v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * The value.
     *
     * @throws NoSuchElementException with the reason, when undefined
     */
    default double orElseThrow() {
        return switch (this) {
            case Defined(double v) -> v;
            case Undefined(String reason) -> throw new NoSuchElementException("undefined: " + reason);
        };
    }

    /**
     * Formats the value for people: {@code String.format(Locale.ROOT, pattern, value)} when
     * defined, else {@code "undefined (" + reason + ")"}.
     *
     * @param pattern a {@link java.util.Formatter} pattern for one double, e.g. {@code "%.4f"}
     */
    default String format(String pattern) {
        return switch (this) {
            case Defined(double v) -> String.format(Locale.ROOT, pattern, v);
            case Undefined(String reason) -> "undefined (" + reason + ")";
        };
    }
}
