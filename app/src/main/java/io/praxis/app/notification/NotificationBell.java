package io.praxis.app.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import io.praxis.app.account.Account;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.notification.NotificationService.NotificationView;
import io.praxis.app.shell.HeaderContribution;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The bell in the header: the unread count as a badge ({@code notification-count}), and on
 * click a list of the latest notifications ({@code notification-list}) that marks them read.
 * The count is refreshed after every navigation, since the header outlives the pages.
 */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderContribution {

    /** Notifications the list shows. */
    static final int LIST_SIZE = 15;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationBell(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.account().map(Account::getId).map(Bell::new);
    }

    /** One bell for one page view of one account. */
    private final class Bell extends Div {

        private final long userId;
        private final Button button = new Button(VaadinIcon.BELL.create());
        private final Span count = new Span();
        private final Div list = new Div();
        private final Popover popover;
        private Registration navigation;

        Bell(long userId) {
            this.userId = userId;
            addClassName("praxis-bell");
            button.setId("notification-bell");
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            count.setId("notification-count");
            count.addClassName("praxis-bell-count");
            count.getElement().getThemeList().add("badge error pill small");
            button.setSuffixComponent(count);
            list.setId("notification-list");
            list.addClassName("praxis-bell-list");
            popover = new Popover(list);
            popover.setTarget(button);
            popover.setPosition(PopoverPosition.BOTTOM_END);
            popover.setOpenOnClick(true);
            popover.setAriaLabel("Notifications");
            // The list is drawn before marking, so the learner still sees which ones are new.
            button.addClickListener(e -> {
                showList();
                notifications.markAllRead(userId);
                refreshCount();
            });
            add(button, popover);
            refreshCount();
            addAttachListener(e -> {
                e.getUI().getPage().addStyleSheet("styles/notifications.css");
                navigation = e.getUI().addAfterNavigationListener(n -> refreshCount());
            });
            addDetachListener(e -> {
                if (navigation != null) {
                    navigation.remove();
                    navigation = null;
                }
            });
        }

        private void refreshCount() {
            long unread = notifications.unreadCount(userId);
            count.setText(unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            count.getElement().setAttribute("data-count", String.valueOf(unread));
            button.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
            button.setTooltipText(unread == 0 ? "Notifications" : unread + " unread notifications");
        }

        private void showList() {
            list.removeAll();
            list.add(new H4("Notifications"));
            List<NotificationView> recent = notifications.recent(userId, LIST_SIZE);
            if (recent.isEmpty()) {
                Paragraph none = new Paragraph("Nothing new. When a mentor reviews your answer, you will see it here.");
                none.addClassName("praxis-muted");
                list.add(none);
                return;
            }
            for (NotificationView n : recent) {
                // Messages may contain names people typed: always text, never HTML.
                Component text;
                if (n.link() == null) {
                    text = new Span(n.message());
                } else {
                    Anchor link = new Anchor(n.link(), n.message());
                    link.getElement().addEventListener("click", click -> popover.close());
                    text = link;
                }
                Span when = new Span(WHEN.format(n.createdAt()));
                when.addClassName("praxis-muted");
                Div row = new Div(text, when);
                row.setId("notification-" + n.id());
                row.addClassName("praxis-bell-item");
                if (n.unread()) {
                    row.addClassName("unread");
                }
                list.add(row);
            }
        }
    }
}
