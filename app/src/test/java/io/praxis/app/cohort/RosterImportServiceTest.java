package io.praxis.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.MutableClock;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditAction;
import io.praxis.app.audit.AuditService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.cohort.RosterImportService.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(MutableClock.Config.class)
class RosterImportServiceTest {

    @Autowired
    RosterImportService rosterImport;
    @Autowired
    CohortAdminService cohortAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordLinkService passwordLinks;
    @Autowired
    AuditService audit;
    @Autowired
    PlatformTransactionManager transactions;

    long admin;
    long cohort;
    String tag;

    @BeforeEach
    void freshCohort() {
        admin = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow().getId();
        tag = UUID.randomUUID().toString().substring(0, 8);
        cohort = cohortAdmin.create(admin, new CohortAdminService.CohortDraft("Import " + tag, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 4, 2), Set.of())).id();
    }

    String email(String who) {
        return who + "-" + tag + "@example.org";
    }

    byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Header, two good rows, a bad address on line 3. */
    byte[] oneBadRow() {
        return csv("email,name\n" + email("ana") + ",Ana Lima\nnot-an-address,Broken Row\n" + email("bo") + ",Bo Chen\n");
    }

    long auditEntries() {
        return audit.search(admin, new AuditService.AuditFilter(null, AuditAction.ROSTER_IMPORTED, null, null, tag), 0, 1)
                .total();
    }

    @Test
    void theCheckReportsTheBadRowWithItsLineAndWritesNothing() {
        var report = rosterImport.check(admin, cohort, "roster.csv", oneBadRow());
        assertThat(report.imported()).isFalse();
        assertThat(report.rows()).extracting(RosterImportService.RowReport::line).containsExactly(2, 3, 4);
        assertThat(report.rows()).extracting(RosterImportService.RowReport::outcome)
                .containsExactly(Outcome.NEW_ACCOUNT, Outcome.WRONG, Outcome.NEW_ACCOUNT);
        assertThat(report.rows().get(1).detail()).contains("Not a valid e-mail address").contains("not-an-address");
        assertThat(report.wrongLines()).containsExactly(3);
        assertThat(accounts.findByEmail(email("ana"))).isEmpty();
    }

    @Test
    void anAllOrNothingImportWithAWrongRowImportsNothing() {
        var report = rosterImport.importRoster(admin, cohort, "roster.csv", oneBadRow(), Set.of());
        assertThat(report.imported()).isFalse();
        assertThat(report.abortReason()).contains("Nothing was imported").contains("line 3");
        assertThat(accounts.findByEmail(email("ana"))).isEmpty();
        assertThat(accounts.findByEmail(email("bo"))).isEmpty();
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners()).isEmpty();
        assertThat(auditEntries()).isZero();
    }

    @Test
    void importingTheValidRowsExplicitlyCreatesTheOthersWithWelcomeLinks() {
        var checked = rosterImport.check(admin, cohort, "roster.csv", oneBadRow());
        var report = rosterImport.importRoster(admin, cohort, "roster.csv", oneBadRow(), checked.wrongLines());
        assertThat(report.imported()).isTrue();
        assertThat(report.count(Outcome.NEW_ACCOUNT)).isEqualTo(2);
        assertThat(report.rows().get(1)).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.WRONG);
            assertThat(r.line()).isEqualTo(3);
        });
        var ana = accounts.findByEmail(email("ana")).orElseThrow();
        assertThat(ana.getRole()).isEqualTo(Role.LEARNER);
        assertThat(ana.getDisplayName()).isEqualTo("Ana Lima");
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners())
                .extracting(CohortAdminService.Member::email).containsExactly(email("ana"), email("bo"));
        String token = report.rows().getFirst().welcomeToken();
        assertThat(passwordLinks.check(token).state()).isEqualTo(PasswordLinkService.LinkState.VALID);
        assertThat(passwordLinks.check(token).email()).isEqualTo(email("ana"));
        assertThat(auditEntries()).isEqualTo(1);
    }

    @Test
    void existingLearnersAreEnrolledMembersSkippedAndOtherRolesAndRepeatsAreWrong() {
        accounts.create(email("old"), "Old Learner", "long enough password", Role.LEARNER);
        accounts.create(email("mentor"), "Some Mentor", "long enough password", Role.MENTOR);
        rosterImport.importRoster(admin, cohort, "first.csv", csv(email("member") + ",Member\n"), Set.of());
        var report = rosterImport.check(admin, cohort, "second.csv", csv(String.join("\n",
                email("old") + ",Ignored Name",
                email("member") + ",Member",
                email("mentor") + ",Some Mentor",
                email("NEW") + ",New One",
                email("new") + ",New Again",
                email("noname") + ",")));
        assertThat(report.rows()).extracting(RosterImportService.RowReport::outcome).containsExactly(
                Outcome.EXISTING_ACCOUNT, Outcome.ALREADY_ENROLLED, Outcome.WRONG, Outcome.NEW_ACCOUNT, Outcome.WRONG,
                Outcome.WRONG);
        assertThat(report.rows().get(0).name()).as("the account's name wins").isEqualTo("Old Learner");
        assertThat(report.rows().get(2).detail()).contains("mentor");
        assertThat(report.rows().get(4).detail()).contains("already on line 4");
        assertThat(report.rows().get(5).detail()).contains("name is required");
    }

    @Test
    void aRowThatBecameWrongAfterTheCheckAbortsTheWholeImport() {
        byte[] file = csv(email("ana") + ",Ana\n" + email("late") + ",Late Mentor\n");
        var checked = rosterImport.check(admin, cohort, "roster.csv", file);
        assertThat(checked.hasWrongRows()).isFalse();
        accounts.create(email("late"), "Late Mentor", "long enough password", Role.MENTOR);
        var report = rosterImport.importRoster(admin, cohort, "roster.csv", file, checked.wrongLines());
        assertThat(report.imported()).isFalse();
        assertThat(report.abortReason()).contains("line 2");
        assertThat(accounts.findByEmail(email("ana"))).as("nothing half-imported").isEmpty();
    }

    @Test
    void aLineTheAdminLeftOutStaysOutEvenIfItBecameValid() {
        byte[] file = csv(email("ana") + ",Ana\n" + email("gone") + ",Gone Learner\n");
        accounts.create(email("gone"), "Gone Learner", "long enough password", Role.LEARNER);
        long gone = accounts.findByEmail(email("gone")).orElseThrow().getId();
        accounts.setActive(gone, false);
        var checked = rosterImport.check(admin, cohort, "roster.csv", file);
        assertThat(checked.wrongLines()).containsExactly(2);
        accounts.setActive(gone, true);
        var report = rosterImport.importRoster(admin, cohort, "roster.csv", file, checked.wrongLines());
        assertThat(report.imported()).isTrue();
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners())
                .extracting(CohortAdminService.Member::email).containsExactly(email("ana"));
    }

    @Test
    void twoThousandRowsImportAndOneMoreIsRefusedWhole() {
        StringBuilder big = new StringBuilder("email,name\n");
        for (int i = 0; i < RosterImportService.MAX_ROWS; i++) {
            big.append("bulk").append(i).append('-').append(tag).append("@example.org,Bulk Learner ").append(i).append('\n');
        }
        var report = rosterImport.importRoster(admin, cohort, "big.csv", csv(big.toString()), Set.of());
        assertThat(report.imported()).isTrue();
        assertThat(report.count(Outcome.NEW_ACCOUNT)).isEqualTo(RosterImportService.MAX_ROWS);
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners()).hasSize(RosterImportService.MAX_ROWS);

        big.append("one-more-").append(tag).append("@example.org,One More\n");
        var tooMany = rosterImport.check(admin, cohort, "big.csv", csv(big.toString()));
        assertThat(tooMany.fileProblem()).contains("2,001").contains("at most 2,000");
        assertThat(tooMany.rows()).isEmpty();
    }

    /**
     * Every write of an import belongs to one transaction: when it fails after the rows were
     * written (simulated by failing the surrounding transaction right after the import), nothing
     * is left behind: no account, no membership, no welcome link, no audit entry.
     */
    @Test
    void aFailureAfterTheRowsWereWrittenLeavesNothingBehind() {
        var transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            var report = rosterImport.importRoster(admin, cohort, "r.csv", csv(email("roll") + ",Roll One\n"), Set.of());
            assertThat(report.imported()).isTrue();
            assertThat(accounts.findByEmail(email("roll"))).as("written inside the transaction").isPresent();
            throw new IllegalStateException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(accounts.findByEmail(email("roll"))).isEmpty();
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners()).isEmpty();
        assertThat(auditEntries()).isZero();
    }

    @Test
    void onlyAdminsMayCheckOrImport() {
        long mentor = accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
        assertThatThrownBy(() -> rosterImport.check(mentor, cohort, "r.csv", oneBadRow()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosterImport.importRoster(mentor, cohort, "r.csv", oneBadRow(), Set.of(3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByEmail(email("ana"))).isEmpty();
    }
}
