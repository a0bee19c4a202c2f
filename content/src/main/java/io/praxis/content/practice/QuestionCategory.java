package io.praxis.content.practice;

import java.util.Arrays;

/** The categories of the interview question bank. */
public enum QuestionCategory {
    PRODUCT_SENSE("product-sense", "Product sense"),
    ETHICS("ethics", "Ethics"),
    TECHNICAL("technical", "Technical ML"),
    METRICS("metrics", "Metrics"),
    STRATEGY("strategy", "Strategy"),
    EXECUTION("execution", "Execution"),
    BEHAVIOURAL("behavioural", "Behavioural");

    private final String id;
    private final String label;

    QuestionCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static QuestionCategory of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown question category: " + id));
    }
}
