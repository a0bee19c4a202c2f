package io.praxis.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.MutableClock;
import io.praxis.app.TestLogins;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.account.PasswordLinkService.LinkState;
import io.praxis.app.account.Role;
import io.praxis.app.demo.DemoData;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(MutableClock.Config.class)
class PeopleServiceTest {

    static final String OLD = "the old pass phrase";
    static final String NEW = "a brand new pass phrase";

    @Autowired
    PeopleService people;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordLinkService passwordLinks;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MutableClock clock;

    long admin;
    String tag;

    @BeforeEach
    void actors() {
        admin = accounts.findByEmail(DemoData.ADMIN.email()).orElseThrow().getId();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Account learner(String who) {
        return accounts.create(who + "-" + tag + "@example.org", "Learner " + who, OLD, Role.LEARNER);
    }

    @Test
    void aDeactivatedAccountCannotSignInUntilReactivated() {
        Account a = learner("deact");
        assertThat(TestLogins.signIn(users, encoder, a.getEmail(), OLD).isAuthenticated()).isTrue();

        var person = people.deactivate(admin, a.getId());

        assertThat(person.active()).isFalse();
        assertThatThrownBy(() -> TestLogins.signIn(users, encoder, a.getEmail(), OLD))
                .isInstanceOf(DisabledException.class);
        people.reactivate(admin, a.getId());
        assertThat(TestLogins.signIn(users, encoder, a.getEmail(), OLD).isAuthenticated()).isTrue();
    }

    @Test
    void anAdminCannotDeactivateThemselvesAndOnlyAdminsMayAct() {
        assertThatThrownBy(() -> people.deactivate(admin, admin)).isInstanceOf(PeopleService.NotAllowedException.class)
                .hasMessageContaining("your own account");
        long mentor = accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
        Account a = learner("target");
        assertThatThrownBy(() -> people.deactivate(mentor, a.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.reactivate(mentor, a.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.issueResetLink(mentor, a.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.createAccount(mentor, "m-" + tag + "@example.org", "M", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.search(a.getId(), "", null, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findById(a.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void aResetLinkWorksOnceAndTheOldPasswordUntilThen() {
        Account a = learner("reset");
        var link = people.issueResetLink(admin, a.getId());
        assertThat(TestLogins.signIn(users, encoder, a.getEmail(), OLD).isAuthenticated())
                .as("the old password works until the link is used").isTrue();
        assertThat(passwordLinks.check(link.token()).email()).isEqualTo(a.getEmail());

        people.setPasswordWithLink(link.token(), NEW, NEW);

        assertThat(TestLogins.signIn(users, encoder, a.getEmail(), NEW).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> TestLogins.signIn(users, encoder, a.getEmail(), OLD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(passwordLinks.check(link.token()).state()).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> people.setPasswordWithLink(link.token(), "another pass phrase", "another pass phrase"))
                .isInstanceOfSatisfying(PasswordLinkService.LinkNotUsableException.class,
                        e -> assertThat(e.state()).isEqualTo(LinkState.USED));
        assertThat(TestLogins.signIn(users, encoder, a.getEmail(), NEW).isAuthenticated()).isTrue();
    }

    @Test
    void aResetLinkExpiresAndANewerOneReplacesIt() {
        Account a = learner("expire");
        var first = people.issueResetLink(admin, a.getId());
        var second = people.issueResetLink(admin, a.getId());
        assertThat(passwordLinks.check(first.token()).state()).as("replaced").isEqualTo(LinkState.UNKNOWN);
        assertThat(passwordLinks.check(second.token()).state()).isEqualTo(LinkState.VALID);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(passwordLinks.check(second.token()).state()).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> people.setPasswordWithLink(second.token(), NEW, NEW))
                .isInstanceOf(PasswordLinkService.LinkNotUsableException.class).hasMessageContaining("expired");
        assertThat(TestLogins.signIn(users, encoder, a.getEmail(), OLD).isAuthenticated()).isTrue();
    }

    @Test
    void aShortOrMismatchedPasswordKeepsTheLinkUsable() {
        Account a = learner("short");
        var link = people.issueResetLink(admin, a.getId());
        assertThatThrownBy(() -> people.setPasswordWithLink(link.token(), "short", "short"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems().get("password"))
                        .contains("at least " + AccountService.MIN_PASSWORD_LENGTH));
        assertThatThrownBy(() -> people.setPasswordWithLink(link.token(), NEW, NEW + "!"))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("repeat"));
        assertThat(passwordLinks.check(link.token()).state()).isEqualTo(LinkState.VALID);
    }

    @Test
    void linksOfDeactivatedAccountsDoNotWorkAndNoneAreIssued() {
        Account a = learner("inactive");
        var link = people.issueResetLink(admin, a.getId());
        people.deactivate(admin, a.getId());
        assertThat(passwordLinks.check(link.token()).state()).isEqualTo(LinkState.ACCOUNT_INACTIVE);
        assertThatThrownBy(() -> people.setPasswordWithLink(link.token(), NEW, NEW))
                .isInstanceOf(PasswordLinkService.LinkNotUsableException.class);
        assertThatThrownBy(() -> people.issueResetLink(admin, a.getId()))
                .isInstanceOf(PeopleService.NotAllowedException.class);
    }

    @Test
    void aNewAccountCannotSignInBeforeItsWelcomeLinkIsUsed() {
        var created = people.createAccount(admin, "Mentor-" + tag + "@example.org", "New Mentor", Role.MENTOR);
        String email = created.person().email();
        assertThat(created.person().role()).isEqualTo(Role.MENTOR);
        for (String guess : new String[] {"", "password", NEW}) {
            assertThatThrownBy(() -> TestLogins.signIn(users, encoder, email, guess))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(passwordLinks.check(created.token()).purpose())
                .isEqualTo(io.praxis.app.account.PasswordLinkPurpose.WELCOME);
        people.setPasswordWithLink(created.token(), NEW, NEW);
        assertThat(TestLogins.signIn(users, encoder, email, NEW).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> people.createAccount(admin, email, "Again", Role.MENTOR))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get("email")).contains("already exists"));
    }

    @Test
    void searchFindsByNameOrAddressRoleAndState() {
        Account a = learner("findme");
        people.deactivate(admin, a.getId());
        assertThat(people.search(admin, "FINDME-" + tag, null, null, 0, 10).people())
                .extracting(PeopleService.Person::id).containsExactly(a.getId());
        assertThat(people.search(admin, tag, Role.LEARNER, false, 0, 10).people())
                .extracting(PeopleService.Person::id).contains(a.getId());
        assertThat(people.search(admin, tag, Role.LEARNER, true, 0, 10).people())
                .extracting(PeopleService.Person::id).doesNotContain(a.getId());
        assertThat(people.search(admin, "%", null, null, 0, 10).people()).as("wildcards are literal").isEmpty();
        assertThat(people.search(admin, "Lena", Role.LEARNER, null, 0, 10).people())
                .extracting(PeopleService.Person::cohorts).containsExactly(java.util.List.of(DemoData.COHORT));
    }
}
