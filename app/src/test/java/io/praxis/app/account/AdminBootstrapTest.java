package io.praxis.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.app.TestProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Without demo data, the first start creates the admin from the environment, and no demo account. */
@SpringBootTest(properties = {"praxis.admin.email=boss@example.org", "praxis.admin.password=a-very-long-secret"})
@ActiveProfiles(TestProfiles.TEST)
class AdminBootstrapTest {

    @Autowired
    AccountService accounts;

    @Test
    void adminComesFromTheEnvironmentAndNoDemoAccountExists() {
        assertThat(accounts.findByEmail("boss@example.org")).get().extracting(Account::getRole).isEqualTo(Role.ADMIN);
        assertThat(accounts.findByEmail("learner@praxis.demo")).isEmpty();
        assertThat(accounts.findByEmail("admin@praxis.demo")).isEmpty();
    }
}
