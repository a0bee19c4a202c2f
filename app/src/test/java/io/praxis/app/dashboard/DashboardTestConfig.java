package io.praxis.app.dashboard;

import io.praxis.app.MutableClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The dashboard tests' one addition to the application: a clock they can set. Every dashboard
 * test class imports exactly this, so they all share one Spring context.
 */
@TestConfiguration
class DashboardTestConfig {

    /** Where the dashboard tests' clock stands unless a test sets another time. */
    static final Instant START = Instant.parse("2026-09-01T09:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        MutableClock clock = new MutableClock();
        clock.set(START);
        return clock;
    }
}
