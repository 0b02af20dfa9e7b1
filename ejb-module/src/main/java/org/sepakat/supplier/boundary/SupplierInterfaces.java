package org.sepakat.supplier.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.supplier.entity.InterfaceData;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierInterface;

/**
 * SUP-8: the defined interfaces with each supplier, each with an owner and a next-review date;
 * readable by whoever may read the supplier.
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierInterfaces {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    Suppliers suppliers;

    @Inject
    Clock clock;

    /** Filters: exchange (contains), overdue=true (the review date has passed). */
    public Page<SupplierInterface> list(Long supplierId, PageRequest request) {
        Supplier supplier = suppliers.find(supplierId);
        LocalDate today = today();
        return PagedQuery.of(em, SupplierInterface.class)
                .where((cb, root) -> cb.equal(root.get("supplier"), supplier))
                .sortable("exchange", "channel", "nextReview", "changedAt")
                .defaultSort("nextReview", true)
                .textFilter("exchange", "exchange")
                .filter(
                        "overdue",
                        (cb, root, value) -> "true".equalsIgnoreCase(value)
                                ? cb.lessThan(root.get("nextReview"), today)
                                : cb.conjunction())
                .fetch(request);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public SupplierInterface find(Long supplierId, Long interfaceId) {
        Supplier supplier = suppliers.find(supplierId);
        SupplierInterface found = em.find(SupplierInterface.class, interfaceId);
        if (found == null || !found.getSupplier().equals(supplier)) {
            throw new RecordNotFound("SupplierInterface", interfaceId);
        }
        return found;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierInterface create(Long supplierId, InterfaceData data) {
        input.valid(data);
        SupplierInterface created = new SupplierInterface(suppliers.find(supplierId));
        describe(created, data);
        return history.created(created);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierInterface update(Long supplierId, Long interfaceId, InterfaceData data) {
        input.valid(data);
        if (data.version() == null) {
            throw InvalidInput.of("version", "error.version.required");
        }
        SupplierInterface found = find(supplierId, interfaceId);
        found.checkVersion(data.version());
        return history.change(found, i -> describe(i, data));
    }

    private void describe(SupplierInterface target, InterfaceData data) {
        SupplierContact theirs = data.supplierContactId() == null
                ? null
                : Records.require(em, SupplierContact.class, data.supplierContactId());
        Staff ours = data.ourContactId() == null ? null : Records.require(em, Staff.class, data.ourContactId());
        Staff owner = Records.require(em, Staff.class, data.ownerId());
        target.describe(data, theirs, ours, owner);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public void delete(Long supplierId, Long interfaceId, long version) {
        SupplierInterface found = find(supplierId, interfaceId);
        found.checkVersion(version);
        history.deleted(found);
    }
}
