package io.praxis.app.account;

import io.praxis.app.ops.DatabaseText;
import java.time.Clock;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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
    private volatile String unusableHash;

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
     * @throws InvalidFieldsException (an {@link IllegalArgumentException}) for fields {@code email}
     *     (malformed or taken), {@code name} (blank, too long, control characters) and
     *     {@code password} (shorter than {@link #MIN_PASSWORD_LENGTH})
     */
    @Transactional
    public Account create(String email, String displayName, String rawPassword, Role role) {
        String normalised = Account.normaliseEmail(email);
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.emailProblem(email).ifPresent(p -> problems.put("email", p));
        AccountRules.nameProblem(displayName).ifPresent(p -> problems.put("name", p));
        AccountRules.passwordProblem(rawPassword).ifPresent(p -> problems.put("password", p));
        if (problems.isEmpty() && accounts.findByEmail(normalised).isPresent()) {
            problems.put("email", "An account with this e-mail already exists: " + normalised);
        }
        InvalidFieldsException.throwIfAny(problems);
        Account account = new Account(normalised, displayName.strip(), passwordEncoder.encode(rawPassword), role,
                clock.instant());
        return accounts.save(account);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return byEmail(email);
    }

    /** The account with this address as typed (trimmed, lower-cased); none for one with a NUL character. */
    private Optional<Account> byEmail(String email) {
        String normalised = Account.normaliseEmail(email);
        return DatabaseText.canMatch(normalised) ? accounts.findByEmail(normalised) : Optional.empty();
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
        byEmail(email).ifPresent(a -> {
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
        byEmail(email).ifPresent(a -> {
            int failures = a.getFailedLogins() + 1;
            a.setFailedLogins(failures);
            var lock = loginPolicy.lockAfter(failures);
            if (!lock.isZero()) {
                a.setLockedUntil(clock.instant().plus(lock));
            }
        });
    }

    // ---- administration (callers check roles and write the audit log) ------------------------------

    /**
     * Creates an account that nobody can sign in to until a password is set with a one-time
     * link ({@link PasswordLinkService#issue}): its password is a random secret that is hashed
     * and thrown away.
     *
     * @throws InvalidFieldsException as {@link #create}, for fields {@code email} and {@code name}
     */
    @Transactional
    public Account createWithoutPassword(String email, String displayName, Role role) {
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.emailProblem(email).ifPresent(p -> problems.put("email", p));
        AccountRules.nameProblem(displayName).ifPresent(p -> problems.put("name", p));
        String normalised = Account.normaliseEmail(email);
        if (problems.isEmpty() && accounts.findByEmail(normalised).isPresent()) {
            problems.put("email", "An account with this e-mail already exists: " + normalised);
        }
        InvalidFieldsException.throwIfAny(problems);
        return accounts.save(new Account(normalised, displayName.strip(), unusablePasswordHash(), role,
                clock.instant()));
    }

    /**
     * The hash of a random secret that was thrown away, computed once: bcrypt takes tens of
     * milliseconds, and a CSV import may create two thousand accounts. Sharing it is safe, since
     * nobody knows the secret; it only makes the stored hash well-formed.
     */
    private String unusablePasswordHash() {
        String hash = unusableHash;
        if (hash == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            hash = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
            unusableHash = hash;
        }
        return hash;
    }

    /**
     * Activates or deactivates an account. A deactivated account cannot sign in (Spring
     * Security reports it as disabled) and its password links stop working.
     *
     * @throws IllegalArgumentException when the account does not exist
     */
    @Transactional
    public Account setActive(long accountId, boolean active) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        account.setActive(active);
        return account;
    }

    /**
     * Accounts whose name or address contains {@code text} (case-insensitive; blank matches
     * all), optionally only of one role and one state, ordered by name. A text with a NUL character
     * matches nothing (see {@link DatabaseText}).
     */
    @Transactional(readOnly = true)
    public Page<Account> search(String text, Role role, Boolean active, Pageable page) {
        if (!DatabaseText.canMatch(text)) {
            return Page.empty(page);
        }
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return accounts.search("%" + needle + "%", role == null, role == null ? Role.LEARNER : role,
                active == null, active == null || active, page);
    }

    @Transactional(readOnly = true)
    public List<Account> findAllById(Collection<Long> ids) {
        return accounts.findAllById(ids);
    }

    /** Accounts by address (normalised here), keyed by the stored lower-case address. */
    @Transactional(readOnly = true)
    public Map<String, Account> findByEmails(Collection<String> emails) {
        var normalised = emails.stream().map(Account::normaliseEmail).distinct().toList();
        Map<String, Account> found = new LinkedHashMap<>();
        // Chunks keep the IN list within every database's parameter limit.
        for (int i = 0; i < normalised.size(); i += 500) {
            accounts.findByEmailIn(normalised.subList(i, Math.min(normalised.size(), i + 500)))
                    .forEach(a -> found.put(a.getEmail(), a));
        }
        return found;
    }

    /** Active accounts of a role, by name: e.g. the mentors an admin can assign. */
    @Transactional(readOnly = true)
    public List<Account> findActive(Role role) {
        return accounts.findByRoleAndActiveTrueOrderByDisplayName(role);
    }

    /**
     * The acting account when it is an active admin. Admin services call this first, so that a
     * view that forgot its annotation still cannot act.
     *
     * @throws AccessDeniedException otherwise
     */
    @Transactional(readOnly = true)
    public Account requireAdmin(long actorId) {
        return accounts.findById(actorId).filter(a -> a.isActive() && a.getRole() == Role.ADMIN)
                .orElseThrow(() -> new AccessDeniedException("Only an active admin may do this"));
    }

    /** Whether the account is locked by the throttle right now. */
    boolean isLocked(Account account) {
        Instant until = account.getLockedUntil();
        return until != null && until.isAfter(clock.instant());
    }
}
