package org.sepakat.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.sepakat.notification.entity.MailRequested;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;
import org.sepakat.shared.persistence.IdBlocks;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;

/**
 * Each user's notifications: stored for the application's bell and list, and e-mailed (after the
 * commit, in the recipient's language) when the server has a mail session. A user sees and
 * marks only their own.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    /** A new notification is unread. */
    private static final BulkTable NOTIFICATIONS = BulkTable.of(Notification.class, "nt_notification")
            .column("id", Types.BIGINT)
            .column("recipient", Types.VARCHAR)
            .column("message_key", Types.VARCHAR)
            .column("arguments", Types.VARCHAR)
            .column("link", Types.VARCHAR)
            .column("created_at", Types.TIMESTAMP)
            .notWritten("read_at");

    @PersistenceContext
    EntityManager em;

    @Inject
    History history;

    @Inject
    StaffDirectory staff;

    @Inject
    Event<MailRequested> mail;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    IdBlocks ids;

    /**
     * Tells a member of staff something, in the caller's transaction: nothing is stored or sent
     * if it rolls back. Components call it from their own processes (a review job, a timer),
     * which may run without a user, so it takes any caller.
     *
     * @param link a page of the application, e.g. {@code /reports/view.xhtml?id=12}
     */
    @PermitAll
    public Notification notify(String recipient, String messageKey, List<String> arguments, String link) {
        return notifyAll(List.of(new Notice(recipient, messageKey, arguments, link)))
                .get(0);
    }

    /**
     * {@link #notify} for many at once (a review run tells each manager about each report): every
     * recipient is looked up once, and the notifications are written as JDBC batches in the
     * caller's transaction; their e-mails leave after the commit.
     */
    @PermitAll
    public List<Notification> notifyAll(List<Notice> notices) {
        Map<String, Optional<Staff>> people = new HashMap<>();
        notices.forEach(notice -> people.computeIfAbsent(notice.recipient(), staff::byUsername));
        List<Notification> stored = new ArrayList<>();
        long id = ids.reserve(notices.size());
        for (Notice notice : notices) {
            Notification notification = new Notification(
                    notice.recipient(), notice.messageKey(), notice.arguments(), notice.link(), clock.instant());
            notification.storedAs(id++);
            stored.add(notification);
        }
        insert(stored);
        for (Notification notification : stored) {
            Staff person = people.get(notification.getRecipient()).orElse(null);
            if (person != null && person.getEmail() != null) {
                Locale locale = NotificationText.locale(person.getUiLocale());
                String text = NotificationText.text(locale, notification);
                mail.fire(new MailRequested(
                        person.getEmail(),
                        locale,
                        NotificationText.text(locale, "mail.subject", List.of(text)),
                        text,
                        notification.getLink()));
            }
        }
        LOG.fine(() -> "Notified " + people.keySet() + ": " + stored.size() + " notification(s)");
        return stored;
    }

    private void insert(List<Notification> notifications) {
        try (BulkInsert insert = BulkInsert.into(em.unwrap(Connection.class), NOTIFICATIONS)) {
            for (Notification n : notifications) {
                insert.row(
                        n.getId(),
                        n.getRecipient(),
                        n.getMessageKey(),
                        n.getArgumentsColumn(),
                        n.getLink(),
                        n.getCreatedAt());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(notifications.size() + " notifications could not be stored", e);
        }
    }

    /** The e-mail leaves only once the notification is committed, and never holds up the caller. */
    @PermitAll
    public void mailAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequested request) {
        mailer.send(request);
    }

    /** The signed-in user's notifications, newest first; filter read=true|false. */
    public Page<Notification> mine(PageRequest request) {
        String me = history.currentUser();
        return PagedQuery.of(em, Notification.class)
                .sortable("createdAt")
                .defaultSort("createdAt", false)
                .where((cb, root) -> cb.equal(root.get("recipient"), me))
                .filter(
                        "read",
                        (cb, root, value) -> Boolean.parseBoolean(value)
                                ? cb.isNotNull(root.get("readAt"))
                                : cb.isNull(root.get("readAt")))
                .fetch(request);
    }

    public long unreadCount() {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("recipient", history.currentUser())
                .getSingleResult();
    }

    /** Marks one of the user's own notifications read; someone else's is "not found" to them. */
    public Notification markRead(Long id) {
        Notification notification = Records.require(em, Notification.class, id);
        if (!notification.getRecipient().equals(history.currentUser())) {
            throw new RecordNotFound(Notification.class.getSimpleName(), id);
        }
        notification.markRead(clock.instant());
        return notification;
    }

    public int markAllRead() {
        return em.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("at", clock.instant())
                .setParameter("recipient", history.currentUser())
                .executeUpdate();
    }
}
