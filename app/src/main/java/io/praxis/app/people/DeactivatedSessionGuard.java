package io.praxis.app.people;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.praxis.app.account.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Ends the session of an account that was deactivated while signed in, at its next navigation.
 * Spring Security stops deactivated accounts at the log-in form only; an open session would
 * otherwise live on until it times out.
 */
@Component
class DeactivatedSessionGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    DeactivatedSessionGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (currentUser.account().filter(a -> !a.isActive()).isPresent()) {
                currentUser.logout();
            }
        }));
    }
}
