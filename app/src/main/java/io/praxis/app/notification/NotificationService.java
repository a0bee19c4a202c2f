package io.praxis.app.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and reads in-app notifications. Every read takes the account id of the signed-in
 * user and only ever touches that account's notifications, so nobody can read or mark someone
 * else's.
 */
@Service
public class NotificationService {

    /** Longest message stored; longer ones are cut with an ellipsis. */
    public static final int MAX_MESSAGE = 500;

    /** One notification as the bell shows it. {@code link} is an app-relative route or null. */
    public record NotificationView(long id, String kind, String message, String link, Instant createdAt,
            boolean unread) {
    }

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Notifies one account. Runs in the caller's transaction when there is one, so a
     * notification is stored exactly when what it announces is.
     *
     * @param kind a short code such as {@code REVIEW_RELEASED}
     * @param message plain text (shown as text, never as HTML)
     * @param link an app-relative route such as {@code practice/attempt/12}, or null
     */
    @Transactional
    public void notify(long userId, String kind, String message, String link) {
        Objects.requireNonNull(kind, "kind");
        String text = Objects.requireNonNull(message, "message").strip();
        if (text.length() > MAX_MESSAGE) {
            text = text.substring(0, MAX_MESSAGE - 1) + "…";
        }
        notifications.save(new UserNotification(userId, kind, text, link, clock.instant()));
    }

    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    /** The newest notifications of an account, newest first, read and unread. */
    @Transactional(readOnly = true)
    public List<NotificationView> recent(long userId, int limit) {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, PageRequest.of(0, Math.max(1, limit)))
                .stream().map(n -> new NotificationView(n.getId(), n.getKind(), n.getMessage(), n.getLink(),
                        n.getCreatedAt(), n.getReadAt() == null)).toList();
    }

    /** Marks every unread notification of the account read; returns how many changed. */
    @Transactional
    public int markAllRead(long userId) {
        return notifications.markAllRead(userId, clock.instant());
    }

    /** Marks one notification read; someone else's or an unknown id changes nothing. */
    @Transactional
    public void markRead(long userId, long notificationId) {
        notifications.findById(notificationId).filter(n -> n.getUserId() == userId)
                .ifPresent(n -> n.markRead(clock.instant()));
    }
}
