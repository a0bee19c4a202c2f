package io.praxis.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.TestProfiles;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    private String freshEmail() {
        return "t-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void passwordsAreStoredAsDelegatingHashes() {
        Account a = accounts.create(freshEmail(), "Tess Test", "correct horse battery", Role.LEARNER);
        String hash = accounts.findByEmail(a.getEmail()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void emailIsCaseInsensitiveAndUnique() {
        String email = freshEmail();
        accounts.create(email.toUpperCase(), "Tess Test", "correct horse battery", Role.LEARNER);
        assertThat(accounts.findByEmail(email)).isPresent();
        assertThatThrownBy(() -> accounts.create(email, "Other", "correct horse battery", Role.LEARNER))
                .hasMessageContaining("already exists");
    }

    @Test
    void rejectsShortPasswordsAndBadAddresses() {
        assertThatThrownBy(() -> accounts.create(freshEmail(), "T", "short", Role.LEARNER))
                .hasMessageContaining("at least " + AccountService.MIN_PASSWORD_LENGTH);
        assertThatThrownBy(() -> accounts.create("not-an-email", "T", "long enough pw", Role.LEARNER))
                .hasMessageContaining("e-mail");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilSuccessIsPossibleAgain() {
        Account a = accounts.create(freshEmail(), "Tess Test", "correct horse battery", Role.LEARNER);
        for (int i = 0; i < 4; i++) {
            accounts.recordFailedLogin(a.getEmail());
        }
        assertThat(userDetails.loadUserByUsername(a.getEmail()).isAccountNonLocked()).isTrue();
        accounts.recordFailedLogin(a.getEmail());
        UserDetails locked = userDetails.loadUserByUsername(a.getEmail());
        assertThat(locked.isAccountNonLocked()).isFalse();
        accounts.recordSuccessfulLogin(a.getEmail());
        assertThat(userDetails.loadUserByUsername(a.getEmail()).isAccountNonLocked()).isTrue();
    }

    @Test
    void demoAccountsExistWithTheDemoProfile() {
        assertThat(accounts.findByEmail("learner@praxis.demo")).get().extracting(Account::getRole)
                .isEqualTo(Role.LEARNER);
        assertThat(accounts.findByEmail("admin@praxis.demo")).isPresent();
        assertThat(accounts.findByEmail("mentor@praxis.demo")).isPresent();
    }
}
