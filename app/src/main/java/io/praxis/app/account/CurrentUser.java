package io.praxis.app.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as views see it. Views ask this, never the security context directly,
 * so that the account is always the stored one (name, role, active flag).
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentUser(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    /** The signed-in account, or empty for an anonymous visitor. */
    public Optional<Account> account() {
        return authentication.getAuthenticatedUser(UserDetails.class)
                .flatMap(u -> accounts.findByEmail(u.getUsername()));
    }

    /** The signed-in account; for views that are never shown to anonymous visitors. */
    public Account require() {
        return account().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public boolean hasRole(Role role) {
        return authentication.hasRole(role.name());
    }

    public boolean isSignedIn() {
        return authentication.isAuthenticated();
    }

    public void logout() {
        authentication.logout();
    }
}
