package io.praxis.app.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up accounts, and keeps the per-account log-in throttle. */
@Service
public class AccountService {

    /** Shortest password accepted for a new account or a reset. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginPolicy loginPolicy;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginPolicy loginPolicy,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.loginPolicy = loginPolicy;
        this.clock = clock;
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException when the address is malformed or taken, the name is
     *     blank, or the password is shorter than {@link #MIN_PASSWORD_LENGTH}
     */
    @Transactional
    public Account create(String email, String displayName, String rawPassword, Role role) {
        String normalised = Account.normaliseEmail(email);
        if (!normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalised.length() > 254) {
            throw new IllegalArgumentException("Not a valid e-mail address: " + email);
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new IllegalArgumentException("A name of 1 to 120 characters is required");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (accounts.findByEmail(normalised).isPresent()) {
            throw new IllegalArgumentException("An account with this e-mail already exists: " + normalised);
        }
        Account account = new Account(normalised, displayName.strip(), passwordEncoder.encode(rawPassword), role,
                clock.instant());
        return accounts.save(account);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email));
    }

    @Transactional(readOnly = true)
    public Optional<Account> findById(long id) {
        return accounts.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Account> findAll() {
        return accounts.findAll();
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public long countActive(Role role) {
        return accounts.countByRoleAndActiveTrue(role);
    }

    /** Resets the failure count and stamps the log-in time. Unknown addresses are ignored. */
    @Transactional
    public void recordSuccessfulLogin(String email) {
        accounts.findByEmail(Account.normaliseEmail(email)).ifPresent(a -> {
            a.setFailedLogins(0);
            a.setLockedUntil(null);
            a.setLastLoginAt(clock.instant());
        });
    }

    /**
     * Counts a failed log-in and locks the account when the policy says so. Unknown
     * addresses are ignored: there is nothing to protect, and storing them would let anyone
     * fill the table.
     */
    @Transactional
    public void recordFailedLogin(String email) {
        accounts.findByEmail(Account.normaliseEmail(email)).ifPresent(a -> {
            int failures = a.getFailedLogins() + 1;
            a.setFailedLogins(failures);
            var lock = loginPolicy.lockAfter(failures);
            if (!lock.isZero()) {
                a.setLockedUntil(clock.instant().plus(lock));
            }
        });
    }

    /** Whether the account is locked by the throttle right now. */
    boolean isLocked(Account account) {
        Instant until = account.getLockedUntil();
        return until != null && until.isAfter(clock.instant());
    }
}
