package io.praxis.app.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure a production install can be administered without any default password.
 *
 * <p>On a start without demo data and without any admin account, it creates one admin:
 * with {@code PRAXIS_ADMIN_EMAIL}/{@code PRAXIS_ADMIN_PASSWORD} when both are set, otherwise
 * with {@code PRAXIS_ADMIN_EMAIL} (or {@code admin@praxis.local}) and a random password that
 * is printed once to the log. Once an admin exists it does nothing.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "praxis.demo.enabled", havingValue = "false", matchIfMissing = true)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String DEFAULT_EMAIL = "admin@praxis.local";

    private final AccountService accounts;
    private final String email;
    private final String password;

    AdminBootstrap(AccountService accounts, @Value("${praxis.admin.email:}") String email,
            @Value("${praxis.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.adminExists()) {
            return;
        }
        String address = email.isBlank() ? DEFAULT_EMAIL : email;
        if (!password.isBlank()) {
            accounts.create(address, "Administrator", password, Role.ADMIN);
            log.info("event=admin-created email={} source=PRAXIS_ADMIN_PASSWORD", address);
            return;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.create(address, "Administrator", generated, Role.ADMIN);
        log.warn("""

                ================================================================
                 Praxis created the first admin account. This is shown once.
                   e-mail:   {}
                   password: {}
                 Sign in and keep it safe; set PRAXIS_ADMIN_EMAIL and
                 PRAXIS_ADMIN_PASSWORD before the first start to choose your own.
                ================================================================""", address, generated);
    }
}
