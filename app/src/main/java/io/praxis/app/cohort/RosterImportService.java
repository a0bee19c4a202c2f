package io.praxis.app.cohort;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountRules;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.PasswordLinkPurpose;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditAction;
import io.praxis.app.audit.AuditService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols learners from a CSV roster (see {@link RosterCsv} for the format).
 *
 * <p>Two steps, so that nothing is ever half-imported: {@link #check} validates every row and
 * writes nothing; {@link #importRoster} validates again (the database may have changed) and then
 * writes all rows in one transaction, or none. Rows that were wrong can only be left out
 * explicitly: the caller names them in {@code skipLines} (the admin's "import the valid rows"),
 * and a row that is wrong at import time without being named aborts the whole import.
 *
 * <p>Per row: an unknown address gets a new learner account with a welcome link; an existing
 * learner is enrolled; a member of the cohort is skipped; anything else (malformed address or
 * name, a mentor's or admin's address, a deactivated account, an address repeated in the file,
 * the wrong number of values) is wrong, with the reason and the line. Only admins may call; the
 * import writes one audit entry that lists what it did.
 */
@Service
public class RosterImportService {

    /** Most learner rows per file. */
    public static final int MAX_ROWS = 2000;
    /** Largest file accepted: 2,000 rows of the longest address and name fit comfortably. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** What happens (or happened) to a row. */
    public enum Outcome {
        NEW_ACCOUNT("will be created", "created"),
        EXISTING_ACCOUNT("existing account, will be enrolled", "enrolled"),
        ALREADY_ENROLLED("skipped: already enrolled", "skipped: already enrolled"),
        WRONG("wrong", "not imported: wrong");

        private final String planned;
        private final String done;

        Outcome(String planned, String done) {
            this.planned = planned;
            this.done = done;
        }

        /** Words for the report, before or after the import. */
        public String label(boolean imported) {
            return imported ? done : planned;
        }
    }

    /**
     * One row of the report. {@code detail} says why a row is wrong; for a created account,
     * {@code welcomeToken} is its one-time set-password token (shown once, never stored in clear).
     */
    public record RowReport(int line, String email, String name, Outcome outcome, String detail, String welcomeToken,
            Instant linkExpiresAt) {
    }

    /**
     * The report of a check or an import. {@code fileProblem} is set when the file as a whole
     * cannot be used (then there are no rows). {@code imported} says whether anything was
     * written; {@code abortReason} why an import wrote nothing.
     */
    public record Report(String fileName, String fileProblem, List<RowReport> rows, boolean imported,
            String abortReason) {

        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        public boolean hasWrongRows() {
            return count(Outcome.WRONG) > 0;
        }

        /** Lines of the wrong rows: what the admin confirms to skip. */
        public Set<Integer> wrongLines() {
            return rows.stream().filter(r -> r.outcome() == Outcome.WRONG).map(RowReport::line)
                    .collect(Collectors.toSet());
        }

        /** Rows that would create or enrol someone. */
        public long importable() {
            return count(Outcome.NEW_ACCOUNT) + count(Outcome.EXISTING_ACCOUNT);
        }
    }

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountService accounts;
    private final PasswordLinkService passwordLinks;
    private final AuditService audit;
    private final Clock clock;

    RosterImportService(CohortRepository cohorts, CohortMemberRepository members, AccountService accounts,
            PasswordLinkService passwordLinks, AuditService audit, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Validates a roster against the cohort and writes nothing.
     *
     * @throws IllegalArgumentException when there is no such cohort
     */
    @Transactional(readOnly = true)
    public Report check(long actorId, long cohortId, String fileName, byte[] content) {
        accounts.requireAdmin(actorId);
        Cohort cohort = cohort(cohortId);
        return evaluate(cohort, fileName, content);
    }

    /**
     * Validates again and imports in one transaction: everything, or nothing with
     * {@code abortReason} set.
     *
     * @param skipLines lines the admin chose to leave out (the wrong ones of the check); empty
     *     for "all or nothing"
     * @throws IllegalArgumentException when there is no such cohort
     */
    @Transactional
    public Report importRoster(long actorId, long cohortId, String fileName, byte[] content, Set<Integer> skipLines) {
        Account admin = accounts.requireAdmin(actorId);
        Cohort cohort = cohort(cohortId);
        Report checked = evaluate(cohort, fileName, content);
        if (checked.fileProblem() != null) {
            return checked;
        }
        List<Integer> unexpected = checked.rows().stream()
                .filter(r -> r.outcome() == Outcome.WRONG && !skipLines.contains(r.line()))
                .map(RowReport::line).toList();
        if (!unexpected.isEmpty()) {
            String lines = unexpected.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
            return new Report(fileName, null, checked.rows(), false, "Nothing was imported: "
                    + (unexpected.size() == 1 ? "line " + lines + " is" : "lines " + lines
                    + (unexpected.size() > 10 ? " and more" : "") + " are") + " wrong. Correct the file and upload "
                    + "it again, or choose to import only the valid rows.");
        }
        List<RowReport> done = new ArrayList<>(checked.rows().size());
        List<String> created = new ArrayList<>();
        List<String> enrolled = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Map<String, Object>> wrong = new ArrayList<>();
        Map<String, Account> existing = accounts.findByEmails(checked.rows().stream()
                .filter(r -> !skipLines.contains(r.line()))
                .filter(r -> r.outcome() == Outcome.EXISTING_ACCOUNT).map(RowReport::email).toList());
        Instant now = clock.instant();
        for (RowReport checkedRow : checked.rows()) {
            // A line the admin chose to leave out stays out, even if it became valid since the check.
            RowReport r = skipLines.contains(checkedRow.line()) && checkedRow.outcome() != Outcome.WRONG
                    ? new RowReport(checkedRow.line(), checkedRow.email(), checkedRow.name(), Outcome.WRONG,
                            "Left out as asked: it was wrong when the file was checked.", null, null)
                    : checkedRow;
            switch (r.outcome()) {
                case NEW_ACCOUNT -> {
                    Account learner = accounts.createWithoutPassword(r.email(), r.name(), Role.LEARNER);
                    var link = passwordLinks.issue(learner.getId(), PasswordLinkPurpose.WELCOME);
                    members.save(new CohortMember(cohort.getId(), learner.getId(), now));
                    created.add(learner.getEmail());
                    done.add(new RowReport(r.line(), learner.getEmail(), learner.getDisplayName(), r.outcome(), null,
                            link.token(), link.expiresAt()));
                }
                case EXISTING_ACCOUNT -> {
                    Account learner = existing.get(Account.normaliseEmail(r.email()));
                    members.save(new CohortMember(cohort.getId(), learner.getId(), now));
                    enrolled.add(learner.getEmail());
                    done.add(r);
                }
                case ALREADY_ENROLLED -> {
                    skipped.add(r.email());
                    done.add(r);
                }
                case WRONG -> {
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("line", r.line());
                    w.put("reason", r.detail());
                    wrong.add(w);
                    done.add(r);
                }
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cohort", cohort.getName());
        after.put("file", fileName);
        after.put("created", created);
        after.put("enrolled", enrolled);
        after.put("skippedAlreadyEnrolled", skipped);
        after.put("notImportedWrong", wrong);
        audit.record(admin, AuditAction.ROSTER_IMPORTED, "cohort", cohort.getId(), String.format(
                "Imported %s into \"%s\": %d created, %d enrolled, %d already enrolled, %d wrong rows left out",
                fileName, cohort.getName(), created.size(), enrolled.size(), skipped.size(), wrong.size()), null, after);
        return new Report(fileName, null, done, true, null);
    }

    private Cohort cohort(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new IllegalArgumentException("No cohort " + cohortId));
    }

    private Report evaluate(Cohort cohort, String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return new Report(fileName, "The file is larger than 1 MB. Split it into smaller files.", List.of(), false,
                    null);
        }
        RosterCsv.Parsed parsed = RosterCsv.parse(content, MAX_ROWS);
        if (parsed.fileProblem() != null) {
            return new Report(fileName, parsed.fileProblem(), List.of(), false, null);
        }
        Map<String, Account> known = accounts.findByEmails(parsed.rows().stream()
                .filter(r -> r.problem() == null && AccountRules.emailProblem(r.email()).isEmpty())
                .map(RosterCsv.Row::email).toList());
        Set<Long> memberIds = members.findByKeyCohortId(cohort.getId()).stream().map(m -> m.key().userId())
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, Integer> firstLine = new HashMap<>();
        List<RowReport> rows = new ArrayList<>(parsed.rows().size());
        for (RosterCsv.Row row : parsed.rows()) {
            rows.add(evaluate(row, known, memberIds, firstLine));
        }
        return new Report(fileName, null, rows, false, null);
    }

    private static RowReport evaluate(RosterCsv.Row row, Map<String, Account> known, Set<Long> memberIds,
            Map<String, Integer> firstLine) {
        if (row.problem() != null) {
            return wrong(row, row.problem());
        }
        var emailProblem = AccountRules.emailProblem(row.email());
        if (emailProblem.isPresent()) {
            return wrong(row, emailProblem.get());
        }
        String email = Account.normaliseEmail(row.email());
        Integer earlier = firstLine.putIfAbsent(email, row.line());
        if (earlier != null) {
            return wrong(row, "The same address is already on line " + earlier + ".");
        }
        Account account = known.get(email);
        if (account != null) {
            var problem = CohortAdminService.learnerProblem(account);
            if (problem.isPresent()) {
                return wrong(row, problem.get());
            }
            Outcome outcome = memberIds.contains(account.getId()) ? Outcome.ALREADY_ENROLLED : Outcome.EXISTING_ACCOUNT;
            return new RowReport(row.line(), email, account.getDisplayName(), outcome, null, null, null);
        }
        var nameProblem = AccountRules.nameProblem(row.name());
        if (nameProblem.isPresent()) {
            return wrong(row, nameProblem.get());
        }
        return new RowReport(row.line(), email, row.name(), Outcome.NEW_ACCOUNT, null, null, null);
    }

    private static RowReport wrong(RosterCsv.Row row, String reason) {
        return new RowReport(row.line(), row.email(), row.name(), Outcome.WRONG, reason, null, null);
    }
}
