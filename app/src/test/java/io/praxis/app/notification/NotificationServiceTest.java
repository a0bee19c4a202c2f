package io.praxis.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;

    long account(String name) {
        return accounts.create(name + "-" + UUID.randomUUID() + "@example.org", name, "long enough password",
                Role.LEARNER).getId();
    }

    @Test
    void countsUnreadAndMarksOnlyTheOwnersRead() {
        long ann = account("Ann");
        long ben = account("Ben");
        notifications.notify(ann, "TEST", "first", "practice");
        notifications.notify(ann, "TEST", "second", null);
        notifications.notify(ben, "TEST", "for ben", null);
        assertThat(notifications.unreadCount(ann)).isEqualTo(2);
        assertThat(notifications.recent(ann, 10)).extracting(NotificationService.NotificationView::message)
                .containsExactly("second", "first");

        long bensId = notifications.recent(ben, 1).getFirst().id();
        notifications.markRead(ann, bensId);
        assertThat(notifications.unreadCount(ben)).as("nobody marks someone else's").isEqualTo(1);

        assertThat(notifications.markAllRead(ann)).isEqualTo(2);
        assertThat(notifications.unreadCount(ann)).isZero();
        assertThat(notifications.recent(ann, 10)).noneMatch(NotificationService.NotificationView::unread);
        assertThat(notifications.unreadCount(ben)).isEqualTo(1);
        notifications.markRead(ben, bensId);
        assertThat(notifications.unreadCount(ben)).isZero();
    }

    @Test
    void overLongMessagesAreCut() {
        long ann = account("Cut");
        notifications.notify(ann, "TEST", "x".repeat(NotificationService.MAX_MESSAGE + 50), null);
        assertThat(notifications.recent(ann, 1).getFirst().message()).hasSize(NotificationService.MAX_MESSAGE)
                .endsWith("…");
    }
}
