package io.praxis.content.plan;

import java.util.Arrays;

/** The three months of the plan; a phase may span more than four weeks (the last one has five). */
public enum PlanPhase {
    FOUNDATIONS("foundations", "Month 1: foundations"),
    APPLICATION("application", "Month 2: application"),
    NETWORK("network", "Month 3: network and experience");

    private final String id;
    private final String label;

    PlanPhase(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value used in {@code plan.yaml}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * The phase for a YAML value.
     *
     * @throws IllegalArgumentException for an unknown value (the schema rejects those first)
     */
    public static PlanPhase of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown plan phase: " + id));
    }
}
