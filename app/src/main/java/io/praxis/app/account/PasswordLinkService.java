package io.praxis.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that let a person choose a password: a welcome link for an account an admin
 * created, and a reset link for an existing one.
 *
 * <p>Contract: a link works once and until it expires (welcome links after
 * {@code praxis.accounts.welcome-link-hours}, default 168; reset links after
 * {@code praxis.accounts.reset-link-hours}, default 24). Issuing a link for an account removes
 * that account's earlier unused links. A link for a deactivated account does not work. Tokens
 * are 256 random bits; only their SHA-256 is stored. This class does not check who asks: the
 * callers (admin services) check roles and write the audit log.
 */
@Service
public class PasswordLinkService {

    /** What a link can be, as the page behind it explains. */
    public enum LinkState {
        VALID(""),
        UNKNOWN("This link is not valid. Check that you copied all of it, or ask your cohort admin for a new one."),
        EXPIRED("This link has expired. Ask your cohort admin for a new one."),
        USED("This link has already been used. Sign in with your password, or ask your cohort admin for a new link."),
        ACCOUNT_INACTIVE("This account is deactivated. Ask your cohort admin to reactivate it.");

        private final String message;

        LinkState(String message) {
            this.message = message;
        }

        /** What to tell the visitor; empty for {@link #VALID}. */
        public String message() {
            return message;
        }
    }

    /** A freshly issued link's secret part and expiry. The token is never stored. */
    public record IssuedLink(String token, Instant expiresAt) {
    }

    /** What a token is, for the page that shows the form. Email and name only when VALID. */
    public record LinkCheck(LinkState state, PasswordLinkPurpose purpose, String email, String displayName,
            Instant expiresAt) {
    }

    /** A link that cannot be used, with the reason. */
    public static class LinkNotUsableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final LinkState state;

        LinkNotUsableException(LinkState state) {
            super(state.message());
            this.state = state;
        }

        public LinkState state() {
            return state;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordTokenRepository tokens;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Duration welcomeValidity;
    private final Duration resetValidity;

    PasswordLinkService(PasswordTokenRepository tokens, AccountRepository accounts, PasswordEncoder passwordEncoder,
            Clock clock, @Value("${praxis.accounts.welcome-link-hours:168}") long welcomeHours,
            @Value("${praxis.accounts.reset-link-hours:24}") long resetHours) {
        if (welcomeHours < 1 || resetHours < 1) {
            throw new IllegalArgumentException("praxis.accounts.*-link-hours must be at least 1");
        }
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.welcomeValidity = Duration.ofHours(welcomeHours);
        this.resetValidity = Duration.ofHours(resetHours);
    }

    /**
     * Issues a new link for an account and invalidates its earlier unused ones.
     *
     * @throws IllegalArgumentException when the account does not exist
     */
    @Transactional
    public IssuedLink issue(long accountId, PasswordLinkPurpose purpose) {
        if (!accounts.existsById(accountId)) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        tokens.deleteOpenTokens(accountId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(purpose == PasswordLinkPurpose.WELCOME ? welcomeValidity : resetValidity);
        tokens.save(new PasswordToken(accountId, hash(token), purpose, now, expires));
        return new IssuedLink(token, expires);
    }

    /** What a token from a link is; never throws, unknown or malformed tokens are {@code UNKNOWN}. */
    @Transactional(readOnly = true)
    public LinkCheck check(String token) {
        Optional<PasswordToken> found = find(token);
        if (found.isEmpty()) {
            return new LinkCheck(LinkState.UNKNOWN, null, null, null, null);
        }
        PasswordToken t = found.get();
        LinkState state = stateOf(t);
        if (state != LinkState.VALID) {
            return new LinkCheck(state, t.getPurpose(), null, null, t.getExpiresAt());
        }
        Account a = accounts.findById(t.getUserId()).orElseThrow();
        return new LinkCheck(state, t.getPurpose(), a.getEmail(), a.getDisplayName(), t.getExpiresAt());
    }

    /**
     * Sets the account's password from a link and uses the link up. Clears the log-in throttle,
     * since the person has just proven they hold the link.
     *
     * @return the account whose password was set
     * @throws InvalidFieldsException for field {@code password} (too short) or {@code repeat}
     *     (does not match); the link stays usable
     * @throws LinkNotUsableException when the link is unknown, expired, used or its account deactivated
     */
    @Transactional
    public Account redeem(String token, String password, String repeat) {
        PasswordToken t = find(token).orElseThrow(() -> new LinkNotUsableException(LinkState.UNKNOWN));
        LinkState state = stateOf(t);
        if (state != LinkState.VALID) {
            throw new LinkNotUsableException(state);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.passwordProblem(password).ifPresent(p -> problems.put("password", p));
        if (problems.isEmpty() && !password.equals(repeat)) {
            problems.put("repeat", "The two passwords do not match");
        }
        InvalidFieldsException.throwIfAny(problems);
        if (tokens.markUsed(t.getId(), clock.instant()) != 1) {
            throw new LinkNotUsableException(LinkState.USED);
        }
        Account account = accounts.findById(t.getUserId()).orElseThrow();
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        return account;
    }

    private LinkState stateOf(PasswordToken t) {
        if (t.getUsedAt() != null) {
            return LinkState.USED;
        }
        if (!t.getExpiresAt().isAfter(clock.instant())) {
            return LinkState.EXPIRED;
        }
        boolean active = accounts.findById(t.getUserId()).map(Account::isActive).orElse(false);
        return active ? LinkState.VALID : LinkState.ACCOUNT_INACTIVE;
    }

    private Optional<PasswordToken> find(String token) {
        // Real tokens are 43 URL-safe characters; anything else cannot match and is not hashed.
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
