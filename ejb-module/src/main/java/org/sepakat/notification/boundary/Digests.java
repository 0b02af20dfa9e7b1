package org.sepakat.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.sepakat.notification.entity.Delivery;
import org.sepakat.notification.entity.MailRequested;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.IdBlocks;

/**
 * The daily digest: one e-mail per user listing the unread notifications they chose to get in a
 * digest ({@link Delivery#DIGEST}) since the last one. Safe on several servers sharing one
 * database: each notification is claimed for a digest by one UPDATE that sets its digest id where
 * none is set, so a second server's claim finds nothing and each notification is mailed once. Runs as
 * the application's run-as user: its timer has no caller, and it reads the staff directory.
 */
@Stateless
@PermitAll
@RunAs(Roles.ADMINISTRATOR)
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());
    static final String LIST = "/notifications/list.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    IdBlocks ids;

    @Inject
    Event<MailRequested> mail;

    /** Claims and mails every waiting digest; returns how many digests this call sent. */
    public int sendDue() {
        List<String> recipients = em.createNamedQuery(Notification.DIGEST_RECIPIENTS, String.class)
                .setParameter("delivery", Delivery.DIGEST)
                .getResultList();
        int sent = 0;
        for (String recipient : recipients) {
            long claim = ids.reserve(1);
            int claimed = em.createNamedQuery(Notification.CLAIM_DIGEST)
                    .setParameter("claim", claim)
                    .setParameter("recipient", recipient)
                    .setParameter("delivery", Delivery.DIGEST)
                    .executeUpdate();
            if (claimed > 0 && mail(recipient, claim)) {
                sent++;
            }
        }
        int digests = sent;
        LOG.info(() -> "Daily digest: " + digests + " e-mail(s) for " + recipients.size() + " recipient(s)");
        return sent;
    }

    private boolean mail(String recipient, long claim) {
        List<Notification> unread = em.createNamedQuery(Notification.FIND_DIGEST, Notification.class)
                .setParameter("claim", claim)
                .getResultList();
        Optional<Staff> person = staff.byUsername(recipient);
        if (unread.isEmpty() || person.isEmpty() || person.get().getEmail() == null) {
            return false;
        }
        Locale locale = NotificationText.locale(person.get().getUiLocale());
        StringBuilder body = new StringBuilder(
                NotificationText.text(locale, "digest.intro", List.of(String.valueOf(unread.size()))));
        for (Notification notification : unread) {
            body.append("\n- ").append(NotificationText.text(locale, notification));
        }
        mail.fire(new MailRequested(
                person.get().getEmail(),
                locale,
                NotificationText.text(locale, "digest.subject", List.of(String.valueOf(unread.size()))),
                body.toString(),
                LIST));
        return true;
    }
}
