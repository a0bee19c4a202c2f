package io.praxis.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.MutableClock;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.CohortAdminService.CohortDraft;
import io.praxis.app.cohort.CohortAdminService.EnrolOutcome;
import io.praxis.app.demo.DemoData;
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

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(MutableClock.Config.class)
class CohortAdminServiceTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final LocalDate END = LocalDate.of(2027, 4, 2);

    @Autowired
    CohortAdminService cohortAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordLinkService passwordLinks;

    long admin;
    long mentor;
    String tag;

    @BeforeEach
    void actors() {
        admin = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow().getId();
        mentor = accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAndEditsACohortWithItsMentors() {
        var created = cohortAdmin.create(admin, new CohortDraft("  Spring " + tag + "  ", START, END, Set.of(mentor)));
        assertThat(created.name()).isEqualTo("Spring " + tag);
        assertThat(created.mentors()).extracting(CohortAdminService.Member::email).containsExactly(DemoData.MENTOR.email());
        long second = accounts.create("m2-" + tag + "@example.org", "Second Mentor", "long enough password",
                Role.MENTOR).getId();

        var edited = cohortAdmin.update(admin, created.id(), new CohortDraft("Spring " + tag + " (B)", START,
                END.plusDays(7), Set.of(second)));

        assertThat(edited.name()).isEqualTo("Spring " + tag + " (B)");
        assertThat(edited.endDate()).isEqualTo(END.plusDays(7));
        assertThat(edited.mentors()).extracting(CohortAdminService.Member::accountId).containsExactly(second);
    }

    @Test
    void reportsEveryBrokenRuleByField() {
        var existing = cohortAdmin.create(admin, new CohortDraft("Taken " + tag, START, END, Set.of()));
        long learner = accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
        assertThatThrownBy(() -> cohortAdmin.create(admin, new CohortDraft(" ", null, END, Set.of())))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("name", "startDate"));
        assertThatThrownBy(() -> cohortAdmin.create(admin, new CohortDraft("Taken " + tag, END, START, Set.of(learner))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> {
                    assertThat(e.problems().get("name")).contains("already called");
                    assertThat(e.problems().get("endDate")).contains("must not be before");
                    assertThat(e.problems().get("mentors")).contains("Only mentor accounts");
                });
        assertThatThrownBy(() -> cohortAdmin.create(admin, new CohortDraft("x".repeat(121), START, END, Set.of())))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get("name")).contains("at most 120"));
        // Saving a cohort under its own name is fine.
        cohortAdmin.update(admin, existing.id(), new CohortDraft("Taken " + tag, START, END, Set.of()));
    }

    @Test
    void enrolsANewAddressWithAWelcomeLinkAndExistingLearnersDirectly() {
        long cohort = cohortAdmin.create(admin, new CohortDraft("Enrol " + tag, START, END, Set.of())).id();

        var created = cohortAdmin.enrol(admin, cohort, "New-" + tag + "@Example.org", "New Learner");
        assertThat(created.outcome()).isEqualTo(EnrolOutcome.CREATED);
        assertThat(created.email()).isEqualTo("new-" + tag + "@example.org");
        assertThat(passwordLinks.check(created.welcomeToken()).state()).isEqualTo(PasswordLinkService.LinkState.VALID);
        assertThat(accounts.findByEmail(created.email()).orElseThrow().getRole()).isEqualTo(Role.LEARNER);

        var existing = cohortAdmin.enrol(admin, cohort, DemoData.LEARNER_2.email(), "");
        assertThat(existing.outcome()).isEqualTo(EnrolOutcome.ENROLLED);
        assertThat(existing.welcomeToken()).isNull();
        assertThat(cohortAdmin.enrol(admin, cohort, DemoData.LEARNER_2.email(), null).outcome())
                .isEqualTo(EnrolOutcome.ALREADY_ENROLLED);
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners()).hasSize(2);

        cohortAdmin.removeLearner(admin, cohort, existing.accountId());
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners())
                .extracting(CohortAdminService.Member::email).containsExactly(created.email());
        assertThat(accounts.findById(existing.accountId())).as("the account stays").isPresent();
    }

    @Test
    void refusesToEnrolMentorsAdminsDeactivatedAccountsAndNamelessNewcomers() {
        long cohort = cohortAdmin.create(admin, new CohortDraft("Refuse " + tag, START, END, Set.of())).id();
        assertThatThrownBy(() -> cohortAdmin.enrol(admin, cohort, DemoData.MENTOR.email(), ""))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get("email")).contains("mentor"));
        assertThatThrownBy(() -> cohortAdmin.enrol(admin, cohort, DemoData.ADMIN.email(), ""))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get("email")).contains("admin"));
        long gone = accounts.create("gone-" + tag + "@example.org", "Gone", "long enough password", Role.LEARNER)
                .getId();
        accounts.setActive(gone, false);
        assertThatThrownBy(() -> cohortAdmin.enrol(admin, cohort, "gone-" + tag + "@example.org", ""))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get("email")).contains("deactivated"));
        assertThatThrownBy(() -> cohortAdmin.enrol(admin, cohort, "nobody-" + tag + "@example.org", " "))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("name"));
        assertThatThrownBy(() -> cohortAdmin.enrol(admin, cohort, "no-at-sign", "X"))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("email"));
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners()).isEmpty();
    }

    @Test
    void onlyActiveAdminsMayAct() {
        long learner = accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
        var draft = new CohortDraft("Denied " + tag, START, END, Set.of());
        for (long actor : new long[] {mentor, learner}) {
            assertThatThrownBy(() -> cohortAdmin.create(actor, draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cohortAdmin.summaries(actor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cohortAdmin.details(actor, 1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cohortAdmin.enrol(actor, 1, "x-" + tag + "@example.org", "X"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long formerAdmin = accounts.create("former-" + tag + "@example.org", "Former Admin", "long enough password",
                Role.ADMIN).getId();
        accounts.setActive(formerAdmin, false);
        assertThatThrownBy(() -> cohortAdmin.create(formerAdmin, draft)).isInstanceOf(AccessDeniedException.class);
    }
}
