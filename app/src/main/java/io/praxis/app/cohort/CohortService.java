package io.praxis.app.cohort;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates cohorts, enrols people in them and summarises them for the home pages. */
@Service
public class CohortService {

    /** One cohort as the admin home lists it. */
    public record CohortSummary(long id, String name, LocalDate startDate, LocalDate endDate, long learners,
            long mentors) {
    }

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountService accounts;
    private final Clock clock;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, AccountService accounts, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Creates a cohort.
     *
     * @throws IllegalArgumentException when the name is blank or taken, or the end precedes the start
     */
    @Transactional
    public Cohort create(String name, LocalDate start, LocalDate end) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A cohort name of 1 to 120 characters is required");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The end date must not be before the start date");
        }
        if (cohorts.findByName(name.strip()).isPresent()) {
            throw new IllegalArgumentException("A cohort with this name already exists: " + name.strip());
        }
        return cohorts.save(new Cohort(name.strip(), start, end, clock.instant()));
    }

    /** Adds an account to a cohort; adding a member twice changes nothing. */
    @Transactional
    public void enrol(long cohortId, long accountId) {
        var key = new CohortMember.Key(cohortId, accountId);
        if (!members.existsById(key)) {
            members.save(new CohortMember(cohortId, accountId, clock.instant()));
        }
    }

    /** Every cohort with its head counts, in {@link #cohortsOf}'s order: latest start first, then created first. */
    @Transactional(readOnly = true)
    public List<CohortSummary> summaries() {
        Map<Long, Role> roles = accounts.findAll().stream()
                .collect(Collectors.toMap(Account::getId, Account::getRole));
        return cohorts.findAllByOrderByStartDateDescIdAsc().stream().map(c -> {
            var cohortMembers = members.findByKeyCohortId(c.getId());
            long learners = cohortMembers.stream().filter(m -> roles.get(m.key().userId()) == Role.LEARNER).count();
            long mentors = cohortMembers.stream().filter(m -> roles.get(m.key().userId()) == Role.MENTOR).count();
            return new CohortSummary(c.getId(), c.getName(), c.getStartDate(), c.getEndDate(), learners, mentors);
        }).toList();
    }

    /**
     * The cohorts an account belongs to, newest first: latest start first and, of cohorts that
     * start the same day, the one created first (as {@link #newestCohortOf} decides). The tie is
     * broken here because the database returns the rows in no defined order (PostgreSQL in
     * storage order, which an edit changes).
     */
    @Transactional(readOnly = true)
    public List<Cohort> cohortsOf(long accountId) {
        var ids = members.findByKeyUserId(accountId).stream().map(m -> m.key().cohortId()).toList();
        return cohorts.findAllById(ids).stream()
                .sorted(Comparator.comparing(Cohort::getStartDate).reversed().thenComparing(Cohort::getId))
                .toList();
    }

    /**
     * The newest cohort (the latest start date, as {@link #cohortsOf} orders them) of each of
     * these accounts, in one query whatever their number; accounts in no cohort are absent. For
     * features that date many learners' plans at once. The caller keeps the list of ids to a size
     * the database accepts in one {@code IN} list.
     */
    @Transactional(readOnly = true)
    public Map<Long, Cohort> newestCohortOf(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Cohort> newest = new java.util.HashMap<>();
        for (Object[] row : members.cohortsOfUsers(accountIds)) {
            Cohort cohort = (Cohort) row[1];
            newest.merge((Long) row[0], cohort, (a, b) -> newer(b, a) ? b : a);
        }
        return newest;
    }

    /** Whether {@code a} started later than {@code b}; on the same day, the one created first wins. */
    private static boolean newer(Cohort a, Cohort b) {
        int byStart = a.getStartDate().compareTo(b.getStartDate());
        return byStart != 0 ? byStart > 0 : a.getId() < b.getId();
    }

    /** Ids of every account in a cohort (learners and mentors). */
    @Transactional(readOnly = true)
    public List<Long> memberIds(long cohortId) {
        return members.findByKeyCohortId(cohortId).stream().map(m -> m.key().userId()).toList();
    }

    /** When an account joined a cohort, if it is a member. */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.Instant> joinedAt(long cohortId, long accountId) {
        return members.findById(new CohortMember.Key(cohortId, accountId)).map(CohortMember::joinedAt);
    }

    /**
     * Whether two accounts share at least one cohort: the rule that lets a mentor see a
     * learner's work.
     */
    @Transactional(readOnly = true)
    public boolean shareACohort(long accountA, long accountB) {
        var cohortsOfA = members.findByKeyUserId(accountA).stream().map(m -> m.key().cohortId())
                .collect(Collectors.toSet());
        return members.findByKeyUserId(accountB).stream().anyMatch(m -> cohortsOfA.contains(m.key().cohortId()));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Cohort> findById(long id) {
        return cohorts.findById(id);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Cohort> findByName(String name) {
        return cohorts.findByName(name);
    }
}
