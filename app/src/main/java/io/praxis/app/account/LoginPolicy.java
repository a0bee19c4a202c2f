package io.praxis.app.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed log-ins for one account are throttled.
 *
 * <p>After {@code maxFailures} failures in a row the account is locked for
 * {@code lockSeconds}; every further failure after a lock doubles the lock, up to
 * {@code maxLockSeconds}. A successful log-in resets the count. Locks are stored in the
 * database so that they hold across restarts and across instances.
 *
 * @param maxFailures failures in a row before the first lock (at least 1)
 * @param lockSeconds length of the first lock
 * @param maxLockSeconds upper bound of a lock
 */
@ConfigurationProperties("praxis.login")
public record LoginPolicy(int maxFailures, long lockSeconds, long maxLockSeconds) {

    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("praxis.login.max-failures must be at least 1");
        }
        if (lockSeconds < 1 || maxLockSeconds < lockSeconds) {
            throw new IllegalArgumentException(
                    "praxis.login.lock-seconds must be >= 1 and <= praxis.login.max-lock-seconds");
        }
    }

    /**
     * The lock to apply after {@code failures} failures in a row, or zero when no lock is due.
     * Lock = lockSeconds · 2^(failures − maxFailures), capped at maxLockSeconds.
     */
    Duration lockAfter(int failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - maxFailures, 20);
        long seconds = Math.min(maxLockSeconds, lockSeconds << doublings);
        return Duration.ofSeconds(seconds);
    }
}
