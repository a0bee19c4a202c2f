package io.praxis.app.audit;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.ops.DatabaseText;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit log.
 *
 * <p>{@link #record} must run inside the transaction of the change it describes
 * ({@code Propagation.MANDATORY}): if the change rolls back, so does its entry, and a change
 * cannot commit without one. Reading is for admins only and re-checks the role.
 */
@Service
public class AuditService {

    /** Longest summary stored; longer ones are cut with an ellipsis. */
    static final int MAX_SUMMARY = 1000;

    /** One entry as the log page and tests see it; before/after are JSON or null. */
    public record AuditRecord(long id, Instant at, Long actorId, String actorEmail, AuditAction action,
            String targetType, String targetId, String summary, String before, String after) {
    }

    /**
     * What to show. Every part is optional (null or blank means "any"); the date range is
     * inclusive and read in the server's time zone; {@code text} matches the summary, target,
     * actor address and before/after JSON, case-insensitively (a text with a NUL character
     * matches nothing, see {@link io.praxis.app.ops.DatabaseText}).
     */
    public record AuditFilter(Long actorId, AuditAction action, LocalDate from, LocalDate to, String text) {

        public static AuditFilter any() {
            return new AuditFilter(null, null, null, null, null);
        }
    }

    /** A page of entries, newest first, and how many match in all. */
    public record AuditPage(List<AuditRecord> entries, long total) {
    }

    /** Someone who appears in the log as an actor. */
    public record Actor(long id, String email) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditRepository entries;
    private final AccountService accounts;
    private final Clock clock;
    private final ZoneId zone;

    AuditService(AuditRepository entries, AccountService accounts, Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.clock = clock;
        this.zone = ZoneId.systemDefault();
    }

    /**
     * Adds an entry to the log within the caller's transaction.
     *
     * @param actor who acted (an admin, or the learner for self-service steps)
     * @param targetType what kind of thing was changed, e.g. {@code cohort}, {@code account}
     * @param targetId its id, or null when there is none
     * @param summary one line in plain words; user-provided values in it are shown as text
     * @param before the state before (a map or record, written as JSON), or null
     * @param after the state after, or null
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Account actor, AuditAction action, String targetType, Object targetId, String summary,
            Object before, Object after) {
        String shortSummary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
        entries.save(new AuditEntry(clock.instant(), actor.getId(), actor.getEmail(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), shortSummary, json(before), json(after)));
    }

    /**
     * Entries matching the filter, newest first.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer is an active admin
     * @throws InvalidFieldsException for field {@code to} when the range ends before it starts
     */
    @Transactional(readOnly = true)
    public AuditPage search(long viewerId, AuditFilter filter, int page, int size) {
        accounts.requireAdmin(viewerId);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw InvalidFieldsException.of("to", "The end date must not be before the start date");
        }
        if (!DatabaseText.canMatch(filter.text())) {
            return new AuditPage(List.of(), 0);
        }
        Page<AuditEntry> result = entries.findAll(specification(filter),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
        return new AuditPage(result.map(AuditEntry::toRecord).getContent(), result.getTotalElements());
    }

    /** Everyone who has acted, for the actor filter. Admins only. */
    @Transactional(readOnly = true)
    public List<Actor> actors(long viewerId) {
        accounts.requireAdmin(viewerId);
        return entries.actors().stream().map(r -> new Actor((Long) r[0], (String) r[1])).toList();
    }

    private Specification<AuditEntry> specification(AuditFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.actorId() != null) {
                where.add(cb.equal(root.get("actorId"), f.actorId()));
            }
            if (f.action() != null) {
                where.add(cb.equal(root.get("action"), f.action()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from().atStartOfDay(zone).toInstant()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), f.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String pattern = "%" + f.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                List<Predicate> any = new ArrayList<>();
                for (String field : List.of("summary", "targetType", "targetId", "actorEmail", "beforeJson",
                        "afterJson")) {
                    any.add(cb.like(cb.lower(root.get(field)), pattern, '\\'));
                }
                where.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
