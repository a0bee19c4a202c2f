package io.praxis.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move: it follows the system clock plus an offset ({@link #advance}), or stands
 * at a set instant plus an offset ({@link #set}), so that links expire and "7 days without
 * activity" happens without waiting. Tests that move it must {@link #reset()} or {@link #set}
 * it first or afterwards, since the Spring context (and so the clock) is shared between test
 * classes that import the same configuration.
 */
public class MutableClock extends Clock {

    /** Null while the clock follows the system clock. */
    private volatile Instant base;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // A view in another zone that still follows this clock's (movable) instant.
        Clock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant at = base;
        return (at == null ? Instant.now() : at).plus(offset);
    }

    /** Stops the clock at an instant; {@link #advance} moves it on from there. */
    public synchronized void set(Instant instant) {
        base = instant;
        offset = Duration.ZERO;
    }

    public synchronized void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the system clock, no offset. */
    public synchronized void reset() {
        base = null;
        offset = Duration.ZERO;
    }

    /** Replaces the application's clock; import it with {@code @Import(MutableClock.Config.class)}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        public MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
