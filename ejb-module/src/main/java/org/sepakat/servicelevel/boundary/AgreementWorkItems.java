package org.sepakat.servicelevel.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.WorkItem;

/**
 * What the SLAs put on a start page (issue 12 §2): SLAs in force whose review date is within
 * {@link #REVIEW_DAYS} days (or past) and SLAs whose validity ends within {@link #EXPIRY_DAYS} days,
 * each linking to the SLA, within the caller's customer scope; selected by the database.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class AgreementWorkItems {

    static final int REVIEW_DAYS = 31;
    static final int EXPIRY_DAYS = 60;
    static final int SHOWN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerScope scope;

    @Inject
    Clock clock;

    public List<WorkItem> dueSoon() {
        LocalDate today = LocalDate.now(clock);
        VisibleCustomers visible = scope.ofCaller();
        List<WorkItem> items = new ArrayList<>();
        query("a.nextReviewOn <= :until", today.plusDays(REVIEW_DAYS), visible, "a.nextReviewOn")
                .getResultList()
                .forEach(row -> items.add(item("work.sla.reviewDue", row)));
        query("a.validTo >= :today AND a.validTo <= :until", today.plusDays(EXPIRY_DAYS), visible, "a.validTo")
                .setParameter("today", today)
                .getResultList()
                .forEach(row -> items.add(item("work.sla.expiring", row)));
        return items;
    }

    private TypedQuery<Object[]> query(String condition, LocalDate until, VisibleCustomers visible, String date) {
        TypedQuery<Object[]> query = em.createQuery(
                        "SELECT a.id, a.reference, " + date
                                + " FROM ServiceLevelAgreement a WHERE a.status IN :statuses"
                                + " AND " + condition
                                + (visible.all() ? "" : " AND a.customerId IN :customers") + " ORDER BY " + date
                                + ", a.reference",
                        Object[].class)
                .setParameter("statuses", List.of(SlaStatus.ACTIVE, SlaStatus.UNDER_REVIEW))
                .setParameter("until", until)
                .setMaxResults(SHOWN);
        return visible.all() ? query : query.setParameter("customers", visible.asParameter());
    }

    private static WorkItem item(String key, Object[] row) {
        return WorkItem.record(key, "/slas/edit.xhtml?id=" + row[0], (String) row[1], row[2]);
    }
}
