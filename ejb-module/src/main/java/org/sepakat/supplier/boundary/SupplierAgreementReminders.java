package org.sepakat.supplier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.control.ContractReminders;
import org.sepakat.supplier.control.ContractReminders.Due;
import org.sepakat.supplier.entity.AgreementStatus;
import org.sepakat.supplier.entity.ReminderKind;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * Reminds the contract managers of a supplier (in the application and, as each chose, by e-mail) that a contract in
 * force has a notice deadline or its expiry coming, N days before (per contract), and moves contracts whose term ran out
 * to EXPIRED (issue 13 §2, SUP-10). Every server's daily timer runs it: a reminder is told only by the transaction that
 * first stores its (agreement, kind, date) row in {@code sup_reminder_sent}, so never twice, after a restart or on a
 * second server.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
public class SupplierAgreementReminders {

    private static final Logger LOG = Logger.getLogger(SupplierAgreementReminders.class.getName());

    public static final String NOTICE_DUE = "notification.contractNoticeDue";
    public static final String RENEWAL_DUE = "notification.contractRenewalDue";
    public static final String EXPIRING = "notification.contractExpiring";

    /** What one run did: reminders told now, contracts expired now. */
    public record Run(int told, int expired) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    History history;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Schedule(hour = "6", minute = "50", persistent = false, info = "contract notice deadlines and expiries")
    void daily() {
        remind();
    }

    /** The daily run, also on demand (tests, an administrator): each contract in a transaction of its own. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run remind() {
        List<Long> contracts = em.createQuery(
                        "SELECT a.id FROM SupplierAgreement a WHERE a.status IN :statuses"
                                + " AND a.commercialTerms.starts IS NOT NULL ORDER BY a.id",
                        Long.class)
                .setParameter(
                        "statuses",
                        List.of(AgreementStatus.AGREED, AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW))
                .getResultList();
        SupplierAgreementReminders self = session.getBusinessObject(SupplierAgreementReminders.class);
        int told = 0;
        int expired = 0;
        for (Long id : contracts) {
            try {
                if (self.expireIfRunOut(id)) {
                    expired++;
                    continue;
                }
                for (Due due : self.dueFor(id)) {
                    told += self.tell(id, due);
                }
            } catch (EJBException e) {
                // edited at the same moment: the next run finds it again
                LOG.log(Level.WARNING, "Contract " + id + " not reminded or expired now; the next run retries", e);
            }
        }
        Run run = new Run(told, expired);
        LOG.info(() -> "Contract reminders: " + contracts.size() + " contract(s) in force, " + run.told()
                + " reminder(s) told, " + run.expired() + " expired");
        return run;
    }

    /** Moves a contract whose term ran out (in its own time zone) to EXPIRED, with its history line. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expireIfRunOut(Long id) {
        SupplierAgreement contract = em.find(SupplierAgreement.class, id);
        LocalDate today = today(contract);
        if (!contract.isDueToExpire(today)) {
            return false;
        }
        history.change(contract, c -> c.expire(today));
        LOG.info(() -> "Contract " + contract.getReference() + " expired: its term ran out before " + today);
        return true;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Due> dueFor(Long id) {
        SupplierAgreement contract = em.find(SupplierAgreement.class, id);
        return ContractReminders.due(
                contract.getCommercialTerms(),
                contract.getNoticeReminderDays(),
                contract.getExpiryReminderDays(),
                today(contract));
    }

    /**
     * Claims the reminder (its row first) and tells the contract managers in the same transaction; 0 when it was told
     * before, by this server or another, or when the supplier has no contract manager yet (told once one is named).
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tell(Long id, Due due) {
        SupplierAgreement contract = em.find(SupplierAgreement.class, id);
        List<String> managers = contract.getSupplier().getManagers().stream()
                .filter(m -> m.getResponsibility() == Responsibility.CONTRACT)
                .map(m -> m.getStaff().getUsername())
                .distinct()
                .toList();
        if (managers.isEmpty() || wasTold(id, due) || !claimed(id, due)) {
            return 0;
        }
        List<Notice> notices =
                managers.stream().map(manager -> notice(contract, due, manager)).toList();
        return notifications.notifyAll(notices).size();
    }

    private boolean wasTold(Long id, Due due) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sup_reminder_sent"
                                        + " WHERE agreement_id = ? AND reminder_kind = ? AND due_on = ?")
                                .setParameter(1, id)
                                .setParameter(2, due.kind().name())
                                .setParameter(3, Date.valueOf(due.date()))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * Stores the claim; another server storing the same one at the same moment makes this insert wait for its commit
     * and then fail on the key: this transaction is rolled back and tells nothing.
     */
    private boolean claimed(Long id, Due due) {
        try {
            em.createNativeQuery("INSERT INTO sup_reminder_sent (agreement_id, reminder_kind, due_on, sent_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, id)
                    .setParameter(2, due.kind().name())
                    .setParameter(3, Date.valueOf(due.date()))
                    .setParameter(4, Timestamp.from(clock.instant()))
                    .executeUpdate();
            return true;
        } catch (PersistenceException e) {
            LOG.fine(() -> "Reminder " + due + " of contract " + id + " claimed by another server: " + e);
            session.setRollbackOnly();
            return false;
        }
    }

    private static Notice notice(SupplierAgreement contract, Due due, String recipient) {
        boolean notice = due.kind() == ReminderKind.NOTICE;
        String message = !notice
                ? EXPIRING
                : contract.getCommercialTerms().getRenewal() == RenewalKind.EXPRESS ? RENEWAL_DUE : NOTICE_DUE;
        return new Notice(
                recipient,
                notice ? NotificationKind.CONTRACT_NOTICE_DUE : NotificationKind.CONTRACT_EXPIRY_DUE,
                message,
                List.of(
                        contract.getReference(),
                        contract.getTitle(),
                        due.date().toString(),
                        due.endsOn().toString()),
                "/supplier-agreements/view.xhtml?id=" + contract.getId(),
                null,
                null,
                List.of(),
                null);
    }

    private LocalDate today(SupplierAgreement contract) {
        return LocalDate.now(clock.withZone(ZoneId.of(contract.getTimeZone())));
    }
}
