package io.praxis.scoring.metrics.fairness;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A classifier's labels split by group (a sensitive attribute's values).
 *
 * @param groups group name → labels; at least one group; each group's lists are non-empty, of
 *               equal length and hold only 0 and 1. The map is copied, keeping its order.
 */
public record FairnessInput(Map<String, GroupLabels> groups) {

    /**
     * Validates and copies the input.
     *
     * @throws InvalidInputException naming the field ({@code "groups.A.y_pred"}, {@code "groups.B.y_true[3]"}, …)
     */
    public FairnessInput {
        InputChecks.present("groups", groups);
        if (groups.isEmpty()) {
            throw new InvalidInputException("groups", "groups must hold at least one group, got none");
        }
        Map<String, GroupLabels> copy = new LinkedHashMap<>();
        for (Map.Entry<String, GroupLabels> e : groups.entrySet()) {
            String prefix = "groups." + e.getKey();
            GroupLabels g = InputChecks.present(prefix, e.getValue());
            int[] t = g.actual();
            int[] p = g.predicted();
            if (t.length == 0) {
                throw new InvalidInputException(prefix + ".y_true", prefix + ".y_true must not be empty");
            }
            if (p.length != t.length) {
                throw new InvalidInputException(prefix + ".y_pred", prefix + ".y_pred must have the same length as "
                        + prefix + ".y_true (" + t.length + "), got " + p.length);
            }
            for (int i = 0; i < t.length; i++) {
                InputChecks.label(prefix + ".y_true[" + i + "]", t[i]);
            }
            for (int i = 0; i < p.length; i++) {
                InputChecks.label(prefix + ".y_pred[" + i + "]", p[i]);
            }
            copy.put(e.getKey(), g);
        }
        groups = Collections.unmodifiableMap(copy);
    }
}
