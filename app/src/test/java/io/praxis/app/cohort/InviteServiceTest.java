package io.praxis.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.MutableClock;
import io.praxis.app.TestLogins;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.InviteService.InviteState;
import io.praxis.app.demo.DemoData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(MutableClock.Config.class)
class InviteServiceTest {

    static final String PASSWORD = "a long pass phrase";

    @Autowired
    InviteService invites;
    @Autowired
    CohortAdminService cohortAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;

    long admin;
    long cohort;
    String tag;

    @BeforeEach
    void freshCohort() {
        admin = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow().getId();
        tag = UUID.randomUUID().toString().substring(0, 8);
        cohort = cohortAdmin.create(admin, new CohortAdminService.CohortDraft("Invites " + tag,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 2), Set.of())).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String email(String who) {
        return who + "-" + tag + "@example.org";
    }

    @Test
    void aLearnerSignsUpIntoTheCohortWithAValidCode() {
        var invite = invites.create(admin, cohort, 7);
        assertThat(invite.code()).matches("[A-Z2-9]{12}");
        var check = invites.check(invite.code().toLowerCase());
        assertThat(check.state()).as("codes ignore case").isEqualTo(InviteState.VALID);
        assertThat(check.cohortName()).isEqualTo("Invites " + tag);

        var learner = invites.signUp(invite.code(), email("ana"), "Ana Lima", PASSWORD, PASSWORD);

        assertThat(learner.getRole()).isEqualTo(Role.LEARNER);
        assertThat(cohortAdmin.details(admin, cohort).orElseThrow().learners())
                .extracting(CohortAdminService.Member::email).containsExactly(email("ana"));
        assertThat(TestLogins.signIn(users, encoder, email("ana"), PASSWORD).isAuthenticated()).isTrue();
        assertThat(invites.invitesOf(admin, cohort)).singleElement().extracting(InviteService.Invite::uses).isEqualTo(1);
    }

    @Test
    void anExpiredCodeIsRefusedWithAClearMessage() {
        var invite = invites.create(admin, cohort, 2);
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertThat(invites.check(invite.code()).state()).isEqualTo(InviteState.EXPIRED);
        assertThatThrownBy(() -> invites.signUp(invite.code(), email("late"), "Late Comer", PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InviteService.InviteNotUsableException.class,
                        e -> assertThat(e.state()).isEqualTo(InviteState.EXPIRED))
                .hasMessageContaining("expired").hasMessageContaining("new invite link");
        assertThat(accounts.findByEmail(email("late"))).isEmpty();
    }

    @Test
    void aCodeWorksUntilItExpiresNotAfter() {
        var invite = invites.create(admin, cohort, 1);
        clock.advance(Duration.ofHours(23));
        assertThat(invites.check(invite.code()).state()).isEqualTo(InviteState.VALID);
        clock.advance(Duration.ofHours(1));
        assertThat(invites.check(invite.code()).state()).isEqualTo(InviteState.EXPIRED);
    }

    @Test
    void revokedUnknownAndMalformedCodesAreRefused() {
        var invite = invites.create(admin, cohort, 7);
        invites.revoke(admin, invite.id());
        assertThat(invites.check(invite.code()).state()).isEqualTo(InviteState.REVOKED);
        assertThat(invites.check("ZZZZZZZZZZZZ").state()).isEqualTo(InviteState.UNKNOWN);
        assertThat(invites.check("<script>alert(1)</script>").state()).isEqualTo(InviteState.UNKNOWN);
        assertThat(invites.check(null).state()).isEqualTo(InviteState.UNKNOWN);
        assertThat(InviteState.UNKNOWN.message()).contains("not valid");
        assertThatThrownBy(() -> invites.signUp(invite.code(), email("x"), "X", PASSWORD, PASSWORD))
                .isInstanceOf(InviteService.InviteNotUsableException.class);
    }

    @Test
    void badSignUpFieldsAreReportedPerFieldAndCreateNothing() {
        var invite = invites.create(admin, cohort, 7);
        assertThatThrownBy(() -> invites.signUp(invite.code(), DemoData.LEARNER.email(), "", "short", "short"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .containsKeys("email", "name", "password")
                        .hasEntrySatisfying("password", m -> assertThat(m).contains(
                                "at least " + AccountService.MIN_PASSWORD_LENGTH)));
        assertThatThrownBy(() -> invites.signUp(invite.code(), email("bo"), "Bo", PASSWORD, PASSWORD + "x"))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("repeat"));
        assertThat(accounts.findByEmail(email("bo"))).isEmpty();
    }

    @Test
    void validityMustBeBetweenOneAndNinetyDaysAndOnlyAdminsManageInvites() {
        assertThatThrownBy(() -> invites.create(admin, cohort, 0)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).containsKey("days"));
        assertThatThrownBy(() -> invites.create(admin, cohort, InviteService.MAX_DAYS + 1))
                .isInstanceOf(InvalidFieldsException.class);
        long mentor = accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
        assertThatThrownBy(() -> invites.create(mentor, cohort, 7)).isInstanceOf(AccessDeniedException.class);
        var invite = invites.create(admin, cohort, 7);
        assertThatThrownBy(() -> invites.revoke(mentor, invite.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invites.invitesOf(mentor, cohort)).isInstanceOf(AccessDeniedException.class);
    }
}
