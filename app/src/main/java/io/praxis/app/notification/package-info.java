/**
 * In-app notifications: short messages for one account with a link to what happened (a mentor
 * released a review), stored in {@code notification}, and the bell in the header that shows the
 * unread count and a list which marks them read when opened. Features create notifications
 * through {@link io.praxis.app.notification.NotificationService}; this package depends on no
 * feature, so any feature may use it.
 */
package io.praxis.app.notification;
