package io.praxis.app.account;

/** The three kinds of Praxis user. Spring authorities are {@code ROLE_} + name. */
public enum Role {
    LEARNER("Learner"),
    MENTOR("Mentor"),
    ADMIN("Cohort admin");

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String LEARNER_NAME = "LEARNER";
    public static final String MENTOR_NAME = "MENTOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** What the interface calls this role. */
    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
