package org.sepakat.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.sepakat.notification.entity.MailError;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.WorkItem;
import org.sepakat.shared.persistence.PagedQuery;

/** E-mails that could not be sent, kept for the administrator: on the start page and in their list. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class MailErrors {

    /** How far back the start page counts failed e-mails. */
    static final Duration RECENT = Duration.ofDays(7);

    static final String LIST = "/notifications/mail-errors.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Keeps a failed send, in its own transaction: the mail thread has none, and the failure must stay. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String recipient, String subject, String reason) {
        em.persist(new MailError(recipient, subject, reason, clock.instant()));
    }

    /** Start page: how many e-mails failed in the last {@link #RECENT}, linking to their list. */
    public List<WorkItem> recent() {
        long count = em.createNamedQuery(MailError.COUNT_SINCE, Long.class)
                .setParameter("since", clock.instant().minus(RECENT))
                .getSingleResult();
        return count == 0
                ? List.of()
                : List.of(WorkItem.counted("work.mail.failed", count, LIST, String.valueOf(RECENT.toDays())));
    }

    /** Every failed e-mail, newest first. */
    public Page<MailError> list(PageRequest request) {
        return PagedQuery.of(em, MailError.class)
                .sortable("failedAt", "recipient")
                .defaultSort("failedAt", false)
                .textFilter("recipient", "recipient")
                .fetch(request);
    }
}
