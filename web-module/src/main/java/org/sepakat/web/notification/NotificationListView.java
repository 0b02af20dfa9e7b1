package org.sepakat.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.common.Messages;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;
import org.sepakat.web.shared.UserSession;

/** The signed-in user's notifications, newest first, each worded in their language; marking them read. */
@Named
@ViewScoped
public class NotificationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    private PagedModel<Notification> model;

    @PostConstruct
    void init() {
        Notifications boundary = notifications;
        model = new PagedModel<Notification>(boundary::mine, Notification::getId)
                .inUrl("read")
                .exportAs(
                        "notifications",
                        ListColumn.of("notification.created", Notification::getCreatedAt),
                        new ListColumn<>("notification.text", (n, locale) -> NotificationText.text(locale, n)),
                        new ListColumn<>(
                                "notification.state",
                                (n, locale) -> Messages.text(
                                        locale, n.isRead() ? "notification.read" : "notification.unread")));
    }

    public PagedModel<Notification> getNotifications() {
        return model;
    }

    public String text(Notification notification) {
        return NotificationText.text(userSession.getLocale(), notification);
    }

    public void markRead(Long id) {
        attempt.run(() -> notifications.markRead(id));
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        attempt.done("notification.allRead", marked);
    }

    /** Opens the notification's page and counts it as read. */
    public String open(Notification notification) {
        notifications.markRead(notification.getId());
        String link = notification.getLink();
        if (link == null || !link.startsWith("/")) {
            return null;
        }
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        String query = link.contains("?") ? link.substring(link.indexOf('?') + 1) : "";
        String outcome = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        return outcome + "?faces-redirect=true" + (query.isEmpty() ? "" : "&" + query);
    }
}
