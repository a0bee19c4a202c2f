package io.praxis.app.cohort;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountRules;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditAction;
import io.praxis.app.audit.AuditService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invite codes that let learners sign up into a cohort themselves, at {@code join/<code>}.
 *
 * <p>An admin creates a code valid for 1 to {@value #MAX_DAYS} days and may revoke it; any
 * number of people may use it until then. Codes are 12 characters from an alphabet without
 * look-alikes (about 60 bits), compared without regard to case. Signing up creates an active
 * LEARNER account with the chosen password and enrols it, in one transaction that also writes
 * an audit entry with the new learner as the actor. Admin methods take the actor's id and check
 * the role; {@link #check} and {@link #signUp} are for anonymous visitors.
 */
@Service
public class InviteService {

    /** Longest validity an admin can choose. */
    public static final int MAX_DAYS = 90;

    /** Whether a code can be used, with what to tell the visitor. */
    public enum InviteState {
        VALID(""),
        UNKNOWN("This invite code is not valid. Check the link, or ask your cohort admin for a new one."),
        EXPIRED("This invite has expired. Ask your cohort admin for a new invite link."),
        REVOKED("This invite is no longer valid. Ask your cohort admin for a new invite link.");

        private final String message;

        InviteState(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** An invite as the cohort page lists it. */
    public record Invite(long id, long cohortId, String code, Instant createdAt, Instant expiresAt, Instant revokedAt,
            int uses, InviteState state) {
    }

    /** What a code is, for the sign-up page; the cohort's name only when valid. */
    public record InviteCheck(InviteState state, String cohortName, Instant expiresAt) {
    }

    /** A code that cannot be used, with the reason. */
    public static class InviteNotUsableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final InviteState state;

        InviteNotUsableException(InviteState state) {
            super(state.message());
            this.state = state;
        }

        public InviteState state() {
            return state;
        }
    }

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CohortInviteRepository invites;
    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountService accounts;
    private final AuditService audit;
    private final Clock clock;

    InviteService(CohortInviteRepository invites, CohortRepository cohorts, CohortMemberRepository members,
            AccountService accounts, AuditService audit, Clock clock) {
        this.invites = invites;
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an invite valid for {@code days} days from now.
     *
     * @throws InvalidFieldsException for field {@code days} outside 1 to {@value #MAX_DAYS}
     * @throws IllegalArgumentException when there is no such cohort
     */
    @Transactional
    public Invite create(long actorId, long cohortId, Integer days) {
        Account admin = accounts.requireAdmin(actorId);
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new IllegalArgumentException("No cohort " + cohortId));
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw InvalidFieldsException.of("days", "Choose between 1 and " + MAX_DAYS + " days");
        }
        Instant now = clock.instant();
        CohortInvite invite = invites.save(new CohortInvite(cohortId, newCode(), admin.getId(), now,
                now.plus(Duration.ofDays(days))));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cohort", cohort.getName());
        after.put("code", invite.getCode());
        after.put("expiresAt", invite.getExpiresAt().toString());
        audit.record(admin, AuditAction.INVITE_CREATED, "cohort", cohortId, "Created an invite link for \""
                + cohort.getName() + "\" valid for " + days + (days == 1 ? " day" : " days"), null, after);
        return view(invite);
    }

    /**
     * Revokes an invite; revoking one that is already revoked changes nothing.
     *
     * @throws IllegalArgumentException when there is no such invite
     */
    @Transactional
    public Invite revoke(long actorId, long inviteId) {
        Account admin = accounts.requireAdmin(actorId);
        CohortInvite invite = invites.findById(inviteId)
                .orElseThrow(() -> new IllegalArgumentException("No invite " + inviteId));
        if (invite.getRevokedAt() == null) {
            invite.revoke(clock.instant());
            String cohortName = cohorts.findById(invite.getCohortId()).map(Cohort::getName).orElse("?");
            audit.record(admin, AuditAction.INVITE_REVOKED, "cohort", invite.getCohortId(), "Revoked invite "
                    + invite.getCode() + " of \"" + cohortName + "\"", Map.of("code", invite.getCode(), "revoked", false),
                    Map.of("code", invite.getCode(), "revoked", true));
        }
        return view(invite);
    }

    /** A cohort's invites, newest first. */
    @Transactional(readOnly = true)
    public List<Invite> invitesOf(long actorId, long cohortId) {
        accounts.requireAdmin(actorId);
        return invites.findByCohortIdOrderByCreatedAtDescIdDesc(cohortId).stream().map(this::view).toList();
    }

    /** What a code is. Never throws; anything unknown or malformed is {@code UNKNOWN}. */
    @Transactional(readOnly = true)
    public InviteCheck check(String code) {
        Optional<CohortInvite> invite = find(code);
        if (invite.isEmpty()) {
            return new InviteCheck(InviteState.UNKNOWN, null, null);
        }
        InviteState state = stateOf(invite.get());
        String cohortName = state == InviteState.VALID
                ? cohorts.findById(invite.get().getCohortId()).map(Cohort::getName).orElse(null) : null;
        return new InviteCheck(state, cohortName, invite.get().getExpiresAt());
    }

    /**
     * Signs a visitor up with an invite: a new learner account with their password, enrolled in
     * the invite's cohort.
     *
     * @throws InviteNotUsableException when the code is unknown, expired or revoked
     * @throws InvalidFieldsException for fields {@code email} (malformed or already registered),
     *     {@code name}, {@code password} (too short) and {@code repeat} (does not match)
     */
    @Transactional
    public Account signUp(String code, String email, String name, String password, String repeat) {
        CohortInvite invite = find(code).orElseThrow(() -> new InviteNotUsableException(InviteState.UNKNOWN));
        InviteState state = stateOf(invite);
        if (state != InviteState.VALID) {
            throw new InviteNotUsableException(state);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.emailProblem(email).ifPresent(p -> problems.put("email", p));
        if (!problems.containsKey("email") && accounts.findByEmail(email).isPresent()) {
            problems.put("email", "An account with this address already exists. Sign in instead, or ask your "
                    + "cohort admin to enrol that account.");
        }
        AccountRules.nameProblem(name).ifPresent(p -> problems.put("name", p));
        AccountRules.passwordProblem(password).ifPresent(p -> problems.put("password", p));
        if (!problems.containsKey("password") && !password.equals(repeat)) {
            problems.put("repeat", "The two passwords do not match");
        }
        InvalidFieldsException.throwIfAny(problems);
        Account learner = accounts.create(email, name, password, Role.LEARNER);
        members.save(new CohortMember(invite.getCohortId(), learner.getId(), clock.instant()));
        invites.countUse(invite.getId());
        String cohortName = cohorts.findById(invite.getCohortId()).map(Cohort::getName).orElse("?");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cohort", cohortName);
        after.put("code", invite.getCode());
        after.put("learner", learner.getEmail());
        after.put("name", learner.getDisplayName());
        audit.record(learner, AuditAction.INVITE_ACCEPTED, "cohort", invite.getCohortId(), learner.getEmail()
                + " signed up with invite " + invite.getCode() + " and joined \"" + cohortName + "\"", null, after);
        return learner;
    }

    private Optional<CohortInvite> find(String code) {
        if (code == null || !code.strip().matches("[A-Za-z0-9]{6,40}")) {
            return Optional.empty();
        }
        return invites.findByCode(code.strip().toUpperCase(Locale.ROOT));
    }

    private InviteState stateOf(CohortInvite invite) {
        if (invite.getRevokedAt() != null) {
            return InviteState.REVOKED;
        }
        return invite.getExpiresAt().isAfter(clock.instant()) ? InviteState.VALID : InviteState.EXPIRED;
    }

    private Invite view(CohortInvite i) {
        return new Invite(i.getId(), i.getCohortId(), i.getCode(), i.getCreatedAt(), i.getExpiresAt(),
                i.getRevokedAt(), i.getUseCount(), stateOf(i));
    }

    private static String newCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
