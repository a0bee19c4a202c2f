package io.praxis.app.account;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks one or more rules, with a message per field so that a form can show each
 * beside its field and keep everything the person typed. Field keys are chosen by the service
 * that throws (they are documented on its methods).
 */
public class InvalidFieldsException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    /** @param problems field key to message, in the order the form shows them; at least one */
    public InvalidFieldsException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidFieldsException needs at least one problem");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(Map.of(field, message));
    }

    /** Field key to message. */
    public Map<String, String> problems() {
        return problems;
    }

    /** Throws when {@code problems} is not empty; for services that collect every problem first. */
    public static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
