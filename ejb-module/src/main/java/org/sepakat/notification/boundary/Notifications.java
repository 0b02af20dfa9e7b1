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
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.sepakat.notification.entity.MailRequested;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.PagedQuery;
import org.sepakat.shared.boundary.Records;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;

/**
 * Each user's notifications: stored for the application's bell and list, and e-mailed (after the
 * commit, in the recipient's language) when the server has a mail session. A user sees and
 * marks only their own.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER, Roles.AUDITOR})
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

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

    /**
     * Tells a member of staff something, in the caller's transaction: nothing is stored or sent
     * if it rolls back. Components call it from their own processes (a review job, a timer),
     * which may run without a user, so it takes any caller.
     *
     * @param link a page of the application, e.g. {@code /reports/view.xhtml?id=12}
     */
    @PermitAll
    public Notification notify(String recipient, String messageKey, List<String> arguments, String link) {
        Notification notification = new Notification(recipient, messageKey, arguments, link, clock.instant());
        em.persist(notification);
        Staff person = staff.byUsername(recipient).orElse(null);
        if (person != null && person.getEmail() != null) {
            Locale locale = NotificationText.locale(person.getUiLocale());
            String text = NotificationText.text(locale, notification);
            mail.fire(new MailRequested(person.getEmail(), locale,
                    NotificationText.text(locale, "mail.subject", List.of(text)), text, link));
        }
        LOG.fine(() -> "Notified " + recipient + ": " + messageKey);
        return notification;
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
                .filter("read", (cb, root, value) -> Boolean.parseBoolean(value)
                        ? cb.isNotNull(root.get("readAt")) : cb.isNull(root.get("readAt")))
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
