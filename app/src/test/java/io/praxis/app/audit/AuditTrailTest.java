package io.praxis.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.MutableClock;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.Role;
import io.praxis.app.audit.AuditService.AuditFilter;
import io.praxis.app.audit.AuditService.AuditRecord;
import io.praxis.app.cohort.CohortAdminService;
import io.praxis.app.cohort.CohortAdminService.CohortDraft;
import io.praxis.app.cohort.InviteService;
import io.praxis.app.cohort.RosterImportService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.people.PeopleService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * Every admin action writes an audit entry (who, what, when, before/after), and the log can be
 * filtered. The first test performs each admin action through its service and checks that the
 * set of actions it saw is exactly {@link AuditAction#adminActions()}, so a new action without a
 * scenario here fails the test.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(MutableClock.Config.class)
class AuditTrailTest {

    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortAdminService cohortAdmin;
    @Autowired
    RosterImportService rosterImport;
    @Autowired
    InviteService invites;
    @Autowired
    PeopleService people;
    @Autowired
    MutableClock clock;

    Account admin;
    String tag;

    @BeforeEach
    void setUp() {
        admin = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String email(String who) {
        return who + "-" + tag + "@example.org";
    }

    /** Entries newer than {@code afterId}, oldest first. */
    List<AuditRecord> since(long afterId) {
        return audit.search(admin.getId(), AuditFilter.any(), 0, 500).entries().stream()
                .filter(e -> e.id() > afterId).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    }

    /** The highest id so far (not the newest time: another test may have moved the clock). */
    long lastId() {
        return audit.search(admin.getId(), AuditFilter.any(), 0, 500).entries().stream()
                .mapToLong(AuditRecord::id).max().orElse(0);
    }

    /** Runs an action and returns the one entry it wrote (or the last of several). */
    AuditRecord entryOf(Runnable action, AuditAction expected, Map<AuditAction, AuditRecord> seen) {
        long before = lastId();
        action.run();
        List<AuditRecord> written = since(before);
        assertThat(written).as("%s writes an entry", expected).isNotEmpty();
        written.forEach(e -> seen.put(e.action(), e));
        assertThat(written).extracting(AuditRecord::action).contains(expected);
        return written.stream().filter(e -> e.action() == expected).findFirst().orElseThrow();
    }

    @Test
    void everyAdminActionWritesAnEntryWithWhoWhatWhenAndBeforeAfter() {
        Map<AuditAction, AuditRecord> seen = new EnumMap<>(AuditAction.class);
        long mentor = accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
        long[] cohort = new long[1];

        var created = entryOf(() -> cohort[0] = cohortAdmin.create(admin.getId(), new CohortDraft("Audit " + tag,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 2), Set.of())).id(), AuditAction.COHORT_CREATED, seen);
        assertThat(created.after()).contains("\"name\":\"Audit " + tag + "\"");
        assertThat(created.before()).isNull();

        var updated = entryOf(() -> cohortAdmin.update(admin.getId(), cohort[0], new CohortDraft("Audit " + tag,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 9), Set.of(mentor))), AuditAction.COHORT_UPDATED, seen);
        assertThat(updated.before()).contains("2027-04-02").doesNotContain(DemoData.MENTOR.email());
        assertThat(updated.after()).contains("2027-04-09").contains(DemoData.MENTOR.email());

        entryOf(() -> cohortAdmin.enrol(admin.getId(), cohort[0], email("one"), "One By One"),
                AuditAction.ACCOUNT_CREATED, seen);
        var enrolled = entryOf(() -> cohortAdmin.enrol(admin.getId(), cohort[0], DemoData.LEARNER_2.email(), ""),
                AuditAction.LEARNER_ENROLLED, seen);
        assertThat(enrolled.after()).contains(DemoData.LEARNER_2.email());
        long sam = accounts.findByEmail(DemoData.LEARNER_2.email()).orElseThrow().getId();
        var removed = entryOf(() -> cohortAdmin.removeLearner(admin.getId(), cohort[0], sam),
                AuditAction.LEARNER_REMOVED, seen);
        assertThat(removed.before()).contains(DemoData.LEARNER_2.email());

        var imported = entryOf(() -> rosterImport.importRoster(admin.getId(), cohort[0], "audit.csv",
                (email("csv") + ",From Csv\nbad,Bad Row\n").getBytes(StandardCharsets.UTF_8), Set.of(2)),
                AuditAction.ROSTER_IMPORTED, seen);
        assertThat(imported.after()).contains(email("csv")).contains("\"line\":2");

        long[] invite = new long[1];
        entryOf(() -> invite[0] = invites.create(admin.getId(), cohort[0], 3).id(), AuditAction.INVITE_CREATED, seen);
        entryOf(() -> invites.revoke(admin.getId(), invite[0]), AuditAction.INVITE_REVOKED, seen);

        long target = accounts.findByEmail(email("one")).orElseThrow().getId();
        var deactivated = entryOf(() -> people.deactivate(admin.getId(), target), AuditAction.ACCOUNT_DEACTIVATED, seen);
        assertThat(deactivated.before()).contains("\"active\":true");
        assertThat(deactivated.after()).contains("\"active\":false");
        entryOf(() -> people.reactivate(admin.getId(), target), AuditAction.ACCOUNT_REACTIVATED, seen);
        var reset = entryOf(() -> people.issueResetLink(admin.getId(), target), AuditAction.PASSWORD_LINK_ISSUED, seen);
        entryOf(() -> people.createAccount(admin.getId(), email("mentor"), "Audit Mentor", Role.MENTOR),
                AuditAction.ACCOUNT_CREATED, seen);

        assertThat(seen.keySet()).as("every admin action is covered and audited")
                .containsAll(AuditAction.adminActions());
        seen.values().stream().filter(e -> e.action().isAdminAction()).forEach(e -> {
            assertThat(e.actorId()).isEqualTo(admin.getId());
            assertThat(e.actorEmail()).isEqualTo(DemoData.ADMIN.email());
            assertThat(e.at()).isNotNull();
            assertThat(e.summary()).isNotBlank();
        });
        assertThat(reset.after()).as("secrets stay out of the log").doesNotContain("token");
    }

    @Test
    void selfServiceStepsNameTheLearnerAsActor() {
        long cohort = cohortAdmin.create(admin.getId(), new CohortDraft("Self " + tag, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 4, 2), Set.of())).id();
        var invite = invites.create(admin.getId(), cohort, 3);
        long before = lastId();
        Account learner = invites.signUp(invite.code(), email("self"), "Self Service", "a long pass phrase",
                "a long pass phrase");
        var link = people.issueResetLink(admin.getId(), learner.getId());
        people.setPasswordWithLink(link.token(), "another pass phrase", "another pass phrase");
        var written = since(before);
        assertThat(written).filteredOn(e -> e.action() == AuditAction.INVITE_ACCEPTED).singleElement()
                .satisfies(e -> assertThat(e.actorEmail()).isEqualTo(email("self")));
        assertThat(written).filteredOn(e -> e.action() == AuditAction.PASSWORD_SET_WITH_LINK).singleElement()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo(learner.getId()));
    }

    @Test
    void aRefusedActionWritesNothing() {
        long before = lastId();
        assertThatThrownBy(() -> cohortAdmin.create(admin.getId(), new CohortDraft("", null, null, Set.of())))
                .isInstanceOf(InvalidFieldsException.class);
        long mentor = accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
        assertThatThrownBy(() -> people.deactivate(mentor, admin.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(since(before)).isEmpty();
    }

    @Test
    void theLogIsFilteredByActorActionDatesAndText() {
        long cohort = cohortAdmin.create(admin.getId(), new CohortDraft("Filter " + tag, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 4, 2), Set.of())).id();
        clock.advance(Duration.ofDays(3));
        invites.create(admin.getId(), cohort, 3);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());

        var byText = audit.search(admin.getId(), new AuditFilter(null, null, null, null, "FILTER " + tag), 0, 50);
        assertThat(byText.entries()).extracting(AuditRecord::action)
                .containsExactly(AuditAction.INVITE_CREATED, AuditAction.COHORT_CREATED);
        var byAction = audit.search(admin.getId(), new AuditFilter(admin.getId(), AuditAction.COHORT_CREATED, null,
                null, tag), 0, 50);
        assertThat(byAction.entries()).singleElement().extracting(AuditRecord::action)
                .isEqualTo(AuditAction.COHORT_CREATED);
        var onlyToday = audit.search(admin.getId(), new AuditFilter(null, null, today, today, tag), 0, 50);
        assertThat(onlyToday.entries()).extracting(AuditRecord::action).containsExactly(AuditAction.INVITE_CREATED);
        var untilYesterday = audit.search(admin.getId(), new AuditFilter(null, null, null, today.minusDays(1), tag), 0,
                50);
        assertThat(untilYesterday.entries()).extracting(AuditRecord::action).containsExactly(AuditAction.COHORT_CREATED);
        long someoneElse = accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
        assertThat(audit.search(admin.getId(), new AuditFilter(someoneElse, null, null, null, tag), 0, 50).total())
                .isZero();
        assertThat(audit.actors(admin.getId())).extracting(AuditService.Actor::email).contains(DemoData.ADMIN.email());
    }

    @Test
    void aReversedDateRangeIsRefusedOnTheEndDateAndOnlyAdminsRead() {
        assertThatThrownBy(() -> audit.search(admin.getId(), new AuditFilter(null, null, LocalDate.of(2027, 2, 2),
                LocalDate.of(2027, 2, 1), null), 0, 10)).isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("to"));
        long learner = accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
        assertThatThrownBy(() -> audit.search(learner, AuditFilter.any(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.actors(learner)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEntryCannotBeWrittenOutsideTheChangesTransaction() {
        assertThatThrownBy(() -> audit.record(admin, AuditAction.COHORT_CREATED, "cohort", 1, "stray", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
