package io.praxis.app.cohort;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountRules;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.PasswordLinkPurpose;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditAction;
import io.praxis.app.audit.AuditService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cohort admin does with cohorts: create and edit them (name, dates, mentors), see the
 * roster, enrol a learner by address and remove one.
 *
 * <p>Every method takes the acting account's id and fails with
 * {@link org.springframework.security.access.AccessDeniedException} unless it is an active admin.
 * Every change writes an audit entry in the same transaction; calls that change nothing (enrolling
 * a member again, saving an unchanged cohort) write none. Field keys of
 * {@link InvalidFieldsException}: {@code name}, {@code startDate}, {@code endDate},
 * {@code mentors} for cohorts; {@code email}, {@code name} for enrolment.
 */
@Service
public class CohortAdminService {

    /** The editable fields of a cohort. Null dates and names are reported as missing. */
    public record CohortDraft(String name, LocalDate startDate, LocalDate endDate, Set<Long> mentorIds) {

        public CohortDraft {
            mentorIds = mentorIds == null ? Set.of() : Set.copyOf(mentorIds);
        }
    }

    /** One member of a cohort as the admin sees them. */
    public record Member(long accountId, String name, String email, Role role, boolean active, Instant joinedAt) {
    }

    /** A cohort with its mentors and learners, each sorted by name. */
    public record CohortDetails(long id, String name, LocalDate startDate, LocalDate endDate, List<Member> mentors,
            List<Member> learners) {
    }

    /** What enrolling one address did. */
    public enum EnrolOutcome { CREATED, ENROLLED, ALREADY_ENROLLED }

    /**
     * The result of enrolling one address; for a new account, the token of its welcome link
     * (to be shown to the admin once, never stored in clear) and the link's expiry.
     */
    public record EnrolResult(EnrolOutcome outcome, long accountId, String email, String name, String welcomeToken,
            Instant linkExpiresAt) {
    }

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortService cohortService;
    private final AccountService accounts;
    private final PasswordLinkService passwordLinks;
    private final AuditService audit;
    private final Clock clock;

    CohortAdminService(CohortRepository cohorts, CohortMemberRepository members, CohortService cohortService,
            AccountService accounts, PasswordLinkService passwordLinks, AuditService audit, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.cohortService = cohortService;
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every cohort with its head counts, latest start first. */
    @Transactional(readOnly = true)
    public List<CohortService.CohortSummary> summaries(long actorId) {
        accounts.requireAdmin(actorId);
        return cohortService.summaries();
    }

    /** Active mentor accounts, the choices for a cohort's mentors. */
    @Transactional(readOnly = true)
    public List<Account> mentorCandidates(long actorId) {
        accounts.requireAdmin(actorId);
        return accounts.findActive(Role.MENTOR);
    }

    @Transactional(readOnly = true)
    public Optional<CohortDetails> details(long actorId, long cohortId) {
        accounts.requireAdmin(actorId);
        return cohorts.findById(cohortId).map(this::detailsOf);
    }

    /**
     * Creates a cohort with its mentors.
     *
     * @throws InvalidFieldsException when a field breaks a rule (all problems at once)
     */
    @Transactional
    public CohortDetails create(long actorId, CohortDraft draft) {
        Account admin = accounts.requireAdmin(actorId);
        validate(draft, null);
        Cohort cohort = cohorts.save(new Cohort(draft.name().strip(), draft.startDate(), draft.endDate(),
                clock.instant()));
        draft.mentorIds().forEach(id -> members.save(new CohortMember(cohort.getId(), id, clock.instant())));
        CohortDetails created = detailsOf(cohort);
        audit.record(admin, AuditAction.COHORT_CREATED, "cohort", cohort.getId(),
                "Created cohort \"" + cohort.getName() + "\"", null, snapshot(created));
        return created;
    }

    /**
     * Changes a cohort's name, dates and mentors. Mentors not in the draft stop being members;
     * learners are untouched.
     *
     * @throws InvalidFieldsException when a field breaks a rule
     * @throws IllegalArgumentException when there is no such cohort
     */
    @Transactional
    public CohortDetails update(long actorId, long cohortId, CohortDraft draft) {
        Account admin = accounts.requireAdmin(actorId);
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new IllegalArgumentException("No cohort " + cohortId));
        validate(draft, cohortId);
        CohortDetails before = detailsOf(cohort);
        cohort.update(draft.name().strip(), draft.startDate(), draft.endDate());
        Set<Long> current = before.mentors().stream().map(Member::accountId).collect(Collectors.toSet());
        current.stream().filter(id -> !draft.mentorIds().contains(id))
                .forEach(id -> members.deleteById(new CohortMember.Key(cohortId, id)));
        draft.mentorIds().stream().filter(id -> !current.contains(id))
                .forEach(id -> members.save(new CohortMember(cohortId, id, clock.instant())));
        members.flush();
        CohortDetails after = detailsOf(cohort);
        Map<String, Object> beforeSnapshot = snapshot(before);
        Map<String, Object> afterSnapshot = snapshot(after);
        if (!beforeSnapshot.equals(afterSnapshot)) {
            audit.record(admin, AuditAction.COHORT_UPDATED, "cohort", cohortId,
                    "Edited cohort \"" + after.name() + "\"", beforeSnapshot, afterSnapshot);
        }
        return after;
    }

    /**
     * Enrols a learner by address: an existing learner account is added; an unknown address
     * gets a new learner account (then {@code name} is required) with a welcome link to set its
     * password. Enrolling a member again changes nothing.
     *
     * @throws InvalidFieldsException for {@code email} (malformed, a mentor's or admin's account,
     *     a deactivated account) or {@code name} (missing or malformed for a new account)
     * @throws IllegalArgumentException when there is no such cohort
     */
    @Transactional
    public EnrolResult enrol(long actorId, long cohortId, String email, String name) {
        Account admin = accounts.requireAdmin(actorId);
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new IllegalArgumentException("No cohort " + cohortId));
        AccountRules.emailProblem(email).ifPresent(p -> {
            throw InvalidFieldsException.of("email", p);
        });
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account learner = existing.get();
            learnerProblem(learner).ifPresent(p -> {
                throw InvalidFieldsException.of("email", p);
            });
            if (members.existsById(new CohortMember.Key(cohortId, learner.getId()))) {
                return new EnrolResult(EnrolOutcome.ALREADY_ENROLLED, learner.getId(), learner.getEmail(),
                        learner.getDisplayName(), null, null);
            }
            members.save(new CohortMember(cohortId, learner.getId(), clock.instant()));
            audit.record(admin, AuditAction.LEARNER_ENROLLED, "cohort", cohortId, "Enrolled " + learner.getEmail()
                    + " in \"" + cohort.getName() + "\"", null, enrolment(cohort, learner, false));
            return new EnrolResult(EnrolOutcome.ENROLLED, learner.getId(), learner.getEmail(), learner.getDisplayName(),
                    null, null);
        }
        AccountRules.nameProblem(name).ifPresent(p -> {
            throw InvalidFieldsException.of("name", p + " for a new account");
        });
        Account learner = accounts.createWithoutPassword(email, name, Role.LEARNER);
        var link = passwordLinks.issue(learner.getId(), PasswordLinkPurpose.WELCOME);
        members.save(new CohortMember(cohortId, learner.getId(), clock.instant()));
        audit.record(admin, AuditAction.ACCOUNT_CREATED, "account", learner.getId(), "Created learner account "
                + learner.getEmail() + " with a welcome link", null, account(learner, link.expiresAt()));
        audit.record(admin, AuditAction.LEARNER_ENROLLED, "cohort", cohortId, "Enrolled " + learner.getEmail()
                + " in \"" + cohort.getName() + "\"", null, enrolment(cohort, learner, true));
        return new EnrolResult(EnrolOutcome.CREATED, learner.getId(), learner.getEmail(), learner.getDisplayName(),
                link.token(), link.expiresAt());
    }

    /**
     * Removes a learner from a cohort (the account stays). Removing a non-member changes nothing.
     *
     * @throws IllegalArgumentException when there is no such cohort
     */
    @Transactional
    public void removeLearner(long actorId, long cohortId, long accountId) {
        Account admin = accounts.requireAdmin(actorId);
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new IllegalArgumentException("No cohort " + cohortId));
        var key = new CohortMember.Key(cohortId, accountId);
        Optional<Account> learner = accounts.findById(accountId).filter(a -> a.getRole() == Role.LEARNER);
        if (learner.isEmpty() || !members.existsById(key)) {
            return;
        }
        members.deleteById(key);
        audit.record(admin, AuditAction.LEARNER_REMOVED, "cohort", cohortId, "Removed " + learner.get().getEmail()
                + " from \"" + cohort.getName() + "\"", enrolment(cohort, learner.get(), false), null);
    }

    /** Why an existing account cannot be enrolled as a learner, if it cannot. */
    static Optional<String> learnerProblem(Account account) {
        if (account.getRole() == Role.MENTOR) {
            return Optional.of("This address belongs to a mentor. Assign mentors in the cohort's Mentors field.");
        }
        if (account.getRole() != Role.LEARNER) {
            return Optional.of("This address belongs to an admin account, which cannot be enrolled as a learner.");
        }
        if (!account.isActive()) {
            return Optional.of("This learner's account is deactivated. Reactivate it on the People page first.");
        }
        return Optional.empty();
    }

    private void validate(CohortDraft draft, Long cohortId) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.put("name", "A cohort name is required");
        } else if (name.length() > 120) {
            problems.put("name", "The name has " + name.length() + " characters; at most 120 are allowed");
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            problems.put("name", "The name must not contain line breaks or control characters");
        } else if (cohorts.findByName(name).filter(c -> !c.getId().equals(cohortId)).isPresent()) {
            problems.put("name", "Another cohort is already called \"" + name + "\"");
        }
        if (draft.startDate() == null) {
            problems.put("startDate", "A start date is required");
        }
        if (draft.endDate() == null) {
            problems.put("endDate", "An end date is required");
        } else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.put("endDate", "The end date must not be before the start date");
        }
        Set<Long> assigned = cohortId == null ? Set.of() : mentorIdsOf(cohortId);
        Map<Long, Account> chosen = accounts.findAllById(draft.mentorIds()).stream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        for (Long id : draft.mentorIds()) {
            Account a = chosen.get(id);
            if (a == null || a.getRole() != Role.MENTOR) {
                problems.put("mentors", "Only mentor accounts can be assigned as mentors");
                break;
            }
            if (!a.isActive() && !assigned.contains(id)) {
                problems.put("mentors", a.getDisplayName() + "'s account is deactivated and cannot be assigned");
                break;
            }
        }
        InvalidFieldsException.throwIfAny(problems);
    }

    private Set<Long> mentorIdsOf(long cohortId) {
        return detailsOf(cohorts.findById(cohortId).orElseThrow()).mentors().stream().map(Member::accountId)
                .collect(Collectors.toSet());
    }

    private CohortDetails detailsOf(Cohort cohort) {
        var memberships = members.findByKeyCohortId(cohort.getId());
        Map<Long, Instant> joined = memberships.stream()
                .collect(Collectors.toMap(m -> m.key().userId(), CohortMember::joinedAt));
        List<Member> all = accounts.findAllById(joined.keySet()).stream()
                .map(a -> new Member(a.getId(), a.getDisplayName(), a.getEmail(), a.getRole(), a.isActive(),
                        joined.get(a.getId())))
                .sorted(Comparator.comparing((Member m) -> m.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Member::accountId))
                .toList();
        return new CohortDetails(cohort.getId(), cohort.getName(), cohort.getStartDate(), cohort.getEndDate(),
                all.stream().filter(m -> m.role() == Role.MENTOR).toList(),
                all.stream().filter(m -> m.role() == Role.LEARNER).toList());
    }

    private static Map<String, Object> snapshot(CohortDetails d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", d.name());
        s.put("startDate", d.startDate().toString());
        s.put("endDate", d.endDate().toString());
        s.put("mentors", d.mentors().stream().map(Member::email).sorted().collect(Collectors.toCollection(LinkedHashSet::new)));
        return s;
    }

    private static Map<String, Object> enrolment(Cohort cohort, Account learner, boolean accountCreated) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cohort", cohort.getName());
        s.put("learner", learner.getEmail());
        s.put("name", learner.getDisplayName());
        if (accountCreated) {
            s.put("accountCreated", true);
        }
        return s;
    }

    static Map<String, Object> account(Account a, Instant welcomeLinkExpires) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("email", a.getEmail());
        s.put("name", a.getDisplayName());
        s.put("role", a.getRole().name());
        s.put("active", a.isActive());
        if (welcomeLinkExpires != null) {
            s.put("welcomeLinkExpires", welcomeLinkExpires.toString());
        }
        return s;
    }
}
