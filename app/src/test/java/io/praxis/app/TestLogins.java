package io.praxis.app;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in the way the log-in form does (Spring Security's DAO provider over the app's user
 * details service, which reports deactivated accounts as disabled), without a browser.
 */
public final class TestLogins {

    private TestLogins() {
    }

    /** @throws org.springframework.security.core.AuthenticationException when the log-in fails */
    public static Authentication signIn(UserDetailsService users, PasswordEncoder encoder, String email,
            String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
