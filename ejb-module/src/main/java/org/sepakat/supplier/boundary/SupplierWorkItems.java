package org.sepakat.supplier.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.WorkItem;

/**
 * What the supplier register puts on a supplier manager's start page (issue 13 §1): the suppliers he
 * holds a responsibility for, and the interfaces past their review date (SUP-8) that he owns or that
 * belong to one of his suppliers; selected by the database.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
public class SupplierWorkItems {

    static final int SHOWN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    History history;

    @Inject
    Clock clock;

    public List<WorkItem> mySuppliers() {
        return em
                .createQuery(
                        "SELECT DISTINCT s.id, s.code, s.name FROM Supplier s JOIN s.managers m"
                                + " WHERE m.staff.username = :username ORDER BY s.code",
                        Object[].class)
                .setParameter("username", history.currentUser())
                .setMaxResults(SHOWN)
                .getResultList()
                .stream()
                .map(row -> WorkItem.record(
                        "work.supplier", "/suppliers/view.xhtml?id=" + row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    public List<WorkItem> overdueReviews() {
        return em
                .createQuery(
                        "SELECT i.supplier.id, i.supplier.code, i.exchange, i.nextReview FROM SupplierInterface i"
                                + " WHERE i.nextReview < :today AND (i.owner.username = :username OR i.supplier.id IN"
                                + " (SELECT s.id FROM Supplier s JOIN s.managers m WHERE m.staff.username = :username))"
                                + " ORDER BY i.nextReview, i.supplier.code",
                        Object[].class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("username", history.currentUser())
                .setMaxResults(SHOWN)
                .getResultList()
                .stream()
                .map(row -> WorkItem.record(
                        "work.supplier.interfaceOverdue",
                        "/suppliers/view.xhtml?id=" + row[0],
                        (String) row[1],
                        (String) row[2],
                        row[3]))
                .toList();
    }
}
