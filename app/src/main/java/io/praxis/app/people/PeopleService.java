package io.praxis.app.people;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.PasswordLinkPurpose;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditAction;
import io.praxis.app.audit.AuditService;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. Every admin method takes the acting account's id and fails with
 * {@link org.springframework.security.access.AccessDeniedException} unless it is an active
 * admin; every change writes an audit entry in the same transaction, and calls that change
 * nothing (deactivating an inactive account) write none.
 *
 * <p>Guard rails: an admin cannot deactivate their own account, so the acting admin always
 * stays and an install is not left without anyone to run it. A reset link is refused for a
 * deactivated account (it could not be used).
 */
@Service
public class PeopleService {

    /** One account as the people page lists it. */
    public record Person(long id, String name, String email, Role role, boolean active, Instant createdAt,
            Instant lastLoginAt, List<String> cohorts) {
    }

    /** A page of people and how many match in all. */
    public record PeoplePage(List<Person> people, long total) {
    }

    /** A one-time password link's token (shown once, never stored in clear) and its expiry. */
    public record IssuedLink(Person person, String token, Instant expiresAt) {
    }

    /** A rule of account administration that the request breaks, in words for the admin. */
    public static class NotAllowedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllowedException(String message) {
            super(message);
        }
    }

    private final AccountService accounts;
    private final PasswordLinkService passwordLinks;
    private final CohortService cohorts;
    private final AuditService audit;

    PeopleService(AccountService accounts, PasswordLinkService passwordLinks, CohortService cohorts,
            AuditService audit) {
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
        this.cohorts = cohorts;
        this.audit = audit;
    }

    /**
     * People whose name or address contains {@code text}, optionally of one role and state,
     * by name.
     */
    @Transactional(readOnly = true)
    public PeoplePage search(long actorId, String text, Role role, Boolean active, int page, int size) {
        accounts.requireAdmin(actorId);
        var found = accounts.search(text, role, active, PageRequest.of(page, size));
        return new PeoplePage(found.map(this::person).getContent(), found.getTotalElements());
    }

    /**
     * Creates an account of any role with a welcome link to choose its password.
     *
     * @throws InvalidFieldsException for {@code email} (malformed or taken), {@code name} or {@code role} (missing)
     */
    @Transactional
    public IssuedLink createAccount(long actorId, String email, String name, Role role) {
        Account admin = accounts.requireAdmin(actorId);
        if (role == null) {
            throw InvalidFieldsException.of("role", "Choose a role");
        }
        Account created = accounts.createWithoutPassword(email, name, role);
        var link = passwordLinks.issue(created.getId(), PasswordLinkPurpose.WELCOME);
        audit.record(admin, AuditAction.ACCOUNT_CREATED, "account", created.getId(), "Created " + role.label()
                + " account " + created.getEmail() + " with a welcome link", null, snapshot(created));
        return new IssuedLink(person(created), link.token(), link.expiresAt());
    }

    /**
     * Deactivates an account: it can no longer sign in, and its open sessions end.
     *
     * @throws NotAllowedException for the admin's own account
     * @throws IllegalArgumentException when there is no such account
     */
    @Transactional
    public Person deactivate(long actorId, long accountId) {
        Account admin = accounts.requireAdmin(actorId);
        Account target = find(accountId);
        if (!target.isActive()) {
            return person(target);
        }
        if (target.getId() == actorId) {
            throw new NotAllowedException("You cannot deactivate your own account.");
        }
        Map<String, Object> before = snapshot(target);
        Account changed = accounts.setActive(accountId, false);
        audit.record(admin, AuditAction.ACCOUNT_DEACTIVATED, "account", accountId,
                "Deactivated " + changed.getEmail(), before, snapshot(changed));
        return person(changed);
    }

    /**
     * Reactivates an account.
     *
     * @throws IllegalArgumentException when there is no such account
     */
    @Transactional
    public Person reactivate(long actorId, long accountId) {
        Account admin = accounts.requireAdmin(actorId);
        Account target = find(accountId);
        if (target.isActive()) {
            return person(target);
        }
        Map<String, Object> before = snapshot(target);
        Account changed = accounts.setActive(accountId, true);
        audit.record(admin, AuditAction.ACCOUNT_REACTIVATED, "account", accountId,
                "Reactivated " + changed.getEmail(), before, snapshot(changed));
        return person(changed);
    }

    /**
     * Issues a one-time reset link for an account; earlier unused links of the account stop
     * working. The password stays as it is until the link is used.
     *
     * @throws NotAllowedException for a deactivated account
     * @throws IllegalArgumentException when there is no such account
     */
    @Transactional
    public IssuedLink issueResetLink(long actorId, long accountId) {
        Account admin = accounts.requireAdmin(actorId);
        Account target = find(accountId);
        if (!target.isActive()) {
            throw new NotAllowedException("This account is deactivated. Reactivate it before resetting its password.");
        }
        var link = passwordLinks.issue(accountId, PasswordLinkPurpose.RESET);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("email", target.getEmail());
        after.put("linkExpires", link.expiresAt().toString());
        audit.record(admin, AuditAction.PASSWORD_LINK_ISSUED, "account", accountId,
                "Issued a password reset link for " + target.getEmail(), null, after);
        return new IssuedLink(person(target), link.token(), link.expiresAt());
    }

    /**
     * Sets a password with a one-time link (welcome or reset), for the anonymous page behind
     * the link. The audit entry names the account itself as the actor.
     *
     * @throws InvalidFieldsException for {@code password} or {@code repeat}; the link stays usable
     * @throws PasswordLinkService.LinkNotUsableException when the link cannot be used
     */
    @Transactional
    public Account setPasswordWithLink(String token, String password, String repeat) {
        var check = passwordLinks.check(token);
        Account account = passwordLinks.redeem(token, password, repeat);
        audit.record(account, AuditAction.PASSWORD_SET_WITH_LINK, "account", account.getId(),
                account.getEmail() + " set a password with a " + (check.purpose() == PasswordLinkPurpose.WELCOME
                        ? "welcome" : "reset") + " link", null, Map.of("email", account.getEmail()));
        return account;
    }

    private Account find(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }

    private Person person(Account a) {
        return new Person(a.getId(), a.getDisplayName(), a.getEmail(), a.getRole(), a.isActive(), a.getCreatedAt(),
                a.getLastLoginAt(), cohorts.cohortsOf(a.getId()).stream().map(Cohort::getName).toList());
    }

    private static Map<String, Object> snapshot(Account a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("email", a.getEmail());
        s.put("name", a.getDisplayName());
        s.put("role", a.getRole().name());
        s.put("active", a.isActive());
        return s;
    }
}
