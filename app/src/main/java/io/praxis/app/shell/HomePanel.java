package io.praxis.app.shell;

import com.vaadin.flow.component.Component;
import io.praxis.app.account.Account;
import io.praxis.app.account.Role;
import java.util.Set;

/** A card on the home page, contributed by a feature for the roles it serves. */
public interface HomePanel {

    /** The roles whose home page shows this panel. */
    Set<Role> roles();

    /** Position on the page; lower comes first. */
    int order();

    /** A fresh component for the signed-in account. */
    Component create(Account account);
}
