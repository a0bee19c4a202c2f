package io.praxis.app;

/** Profiles every Spring test runs with: demo accounts on an in-memory database. */
public final class TestProfiles {

    public static final String DEMO = "demo";
    public static final String TEST = "test";

    private TestProfiles() {
    }
}
