package org.sepakat.servicelevel.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notice;
import org.sepakat.servicelevel.control.AgreementNotices;
import org.sepakat.servicelevel.control.AgreementNotices.DueAgreement;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.entity.Roles;

/**
 * Tells the people responsible for SLAs in force that a review date is near or an SLA ends soon (issue 12 §2), in the
 * same windows the start page lists them in ({@link AgreementWorkItems}). Every server's daily timer runs it; each
 * notice's once key lets it be told once.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
public class AgreementReminders {

    private static final Logger LOG = Logger.getLogger(AgreementReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "40", persistent = false, info = "SLAs due for review or ending")
    void daily() {
        remind();
    }

    /** Returns how many notices were told now. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        List<Notice> notices = new ArrayList<>();
        em.createQuery(
                        "SELECT a.id, a.reference, a.title, a.providerApprover, a.createdBy, a.nextReviewOn, a.validTo"
                                + " FROM ServiceLevelAgreement a WHERE a.status IN :statuses"
                                + " AND (a.nextReviewOn <= :reviewUntil"
                                + " OR (a.validTo >= :today AND a.validTo <= :endingUntil)) ORDER BY a.id",
                        Object[].class)
                .setParameter("statuses", List.of(SlaStatus.ACTIVE, SlaStatus.UNDER_REVIEW))
                .setParameter("reviewUntil", today.plusDays(AgreementWorkItems.REVIEW_DAYS))
                .setParameter("today", today)
                .setParameter("endingUntil", today.plusDays(AgreementWorkItems.EXPIRY_DAYS))
                .getResultList()
                .forEach(row -> notices.addAll(AgreementNotices.due(
                        new DueAgreement(
                                (Long) row[0],
                                (String) row[1],
                                (String) row[2],
                                row[3] != null ? (String) row[3] : (String) row[4],
                                (LocalDate) row[5],
                                (LocalDate) row[6]),
                        today,
                        AgreementWorkItems.REVIEW_DAYS,
                        AgreementWorkItems.EXPIRY_DAYS)));
        int told = notifications.notifyAll(notices).size();
        LOG.fine(() -> notices.size() + " SLA reminders due, " + told + " told now");
        return told;
    }
}
