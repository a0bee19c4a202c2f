package io.praxis.app.dashboard;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The dashboard tests' one addition to the application: a clock they can set. Every dashboard
 * test class imports exactly this, so they all share one Spring context.
 */
@TestConfiguration
class DashboardTestConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
