package io.praxis.app.demo;

import io.praxis.app.account.Role;
import java.util.List;

/** The demo accounts, documented in the README. They exist only with the demo profile. */
public final class DemoData {

    /** One demo account. */
    public record DemoAccount(String email, String name, Role role) {
    }

    /** The shared password of all demo accounts. Never used outside the demo profile. */
    public static final String PASSWORD = "praxis-demo-2026";

    public static final DemoAccount LEARNER = new DemoAccount("learner@praxis.demo", "Lena Learner", Role.LEARNER);
    public static final DemoAccount MENTOR = new DemoAccount("mentor@praxis.demo", "Marco Mentor", Role.MENTOR);
    public static final DemoAccount ADMIN = new DemoAccount("admin@praxis.demo", "Ada Admin", Role.ADMIN);

    /** A second learner, so that cross-learner access can be demonstrated and tested. */
    public static final DemoAccount LEARNER_2 = new DemoAccount("sam@praxis.demo", "Sam Second", Role.LEARNER);

    public static final String COHORT = "Autumn 2026 cohort";

    public static final List<DemoAccount> ACCOUNTS = List.of(LEARNER, MENTOR, ADMIN, LEARNER_2);

    private DemoData() {
    }
}
