package io.praxis.app.shell;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's component for the header slot (the search box, the notification bell).
 * Implementations are Spring beans; the layout asks each for a fresh component per page,
 * and an empty result leaves the slot out (e.g. for anonymous visitors).
 */
public interface HeaderContribution {

    Optional<Component> create();
}
