package io.praxis.content.practice;

import java.util.Arrays;

/** What a case exercises. */
public enum CaseKind {
    PRODUCT_SENSE("product-sense", "Product sense"),
    ETHICS("ethics", "Ethics"),
    METRICS("metrics", "Metrics"),
    STRATEGY("strategy", "Strategy"),
    EXECUTION("execution", "Execution"),
    TECHNICAL("technical", "Technical");

    private final String id;
    private final String label;

    CaseKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static CaseKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown case kind: " + id));
    }
}
