package org.sepakat.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sepakat.notification.boundary.Notifications;

/** The unread count in the top bar, asked once per page. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
