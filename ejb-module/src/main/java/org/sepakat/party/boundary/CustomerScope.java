package org.sepakat.party.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.shared.entity.Roles;

/**
 * X-4, BRM-4: which customers' records the caller may see. Administrators, service level managers,
 * supplier managers and auditors see every customer; a relationship manager sees the customers he
 * is appointed to manage. Every read of per-customer records (SLAs, period reports, improvements
 * raised for a customer, service data) asks this one policy.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class CustomerScope {

    private static final List<String> SEE_ALL =
            List.of(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER, Roles.AUDITOR);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public VisibleCustomers ofCaller() {
        if (SEE_ALL.stream().anyMatch(session::isCallerInRole)) {
            return VisibleCustomers.every();
        }
        return VisibleCustomers.only(
                em.createQuery("SELECT c.id FROM Customer c JOIN c.managers m WHERE m.username = :username", Long.class)
                        .setParameter("username", session.getCallerPrincipal().getName())
                        .getResultList());
    }

    /**
     * The services these customers take, e.g. to show a relationship manager the outages that
     * concern his customers (an outage belongs to a service, not to a customer).
     */
    public Set<Long> servicesTakenBy(VisibleCustomers visible) {
        return Set.copyOf(
                em.createQuery("SELECT DISTINCT s.id FROM Customer c JOIN c.services s WHERE c.id IN :ids", Long.class)
                        .setParameter("ids", visible.asParameter())
                        .getResultList());
    }
}
