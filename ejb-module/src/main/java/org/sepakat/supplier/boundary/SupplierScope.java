package org.sepakat.supplier.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.supplier.control.ReadableSuppliers;

/**
 * The one supplier-scope policy: the caller's customer scope, and for a reader limited to his
 * customers the suppliers behind their SLAs, i.e. those with an agreement that underpins one of them
 * in the underpinning map (issue 13 §4).
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerScope scope;

    @Inject
    ServiceLevelAgreements slas;

    public ReadableSuppliers ofCaller() {
        VisibleCustomers visible = scope.ofCaller();
        if (visible.all()) {
            return new ReadableSuppliers(visible, Set.of());
        }
        List<Long> slaIds = slas.idsOf(visible);
        List<Long> behind = InChunks.query(
                slaIds,
                chunk -> em.createQuery(
                                "SELECT DISTINCT a.supplier.id FROM UnderpinningMap m JOIN m.underpinnings u,"
                                        + " SupplierAgreement a WHERE a.id = u.agreementId AND m.slaId IN :slas",
                                Long.class)
                        .setParameter("slas", chunk)
                        .getResultList());
        return new ReadableSuppliers(visible, behind);
    }
}
