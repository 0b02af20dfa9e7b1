package org.sepakat.supplier.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierContactData;
import org.sepakat.supplier.entity.SupplierInterface;

/** The people at each supplier and their role (SUP-8); readable by whoever may read the supplier. */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierContacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    Suppliers suppliers;

    /** Filters: name, email, role (contains). */
    public Page<SupplierContact> list(Long supplierId, PageRequest request) {
        Supplier supplier = suppliers.find(supplierId);
        return PagedQuery.of(em, SupplierContact.class)
                .where((cb, root) -> cb.equal(root.get("supplier"), supplier))
                .sortable("name", "email", "role", "changedAt")
                .defaultSort("name", true)
                .textFilter("name", "name")
                .textFilter("email", "email")
                .textFilter("role", "role")
                .fetch(request);
    }

    public SupplierContact find(Long supplierId, Long contactId) {
        Supplier supplier = suppliers.find(supplierId);
        SupplierContact contact = em.find(SupplierContact.class, contactId);
        if (contact == null || !contact.getSupplier().equals(supplier)) {
            throw new RecordNotFound("SupplierContact", contactId);
        }
        return contact;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierContact create(Long supplierId, SupplierContactData data) {
        input.valid(data);
        Supplier supplier = suppliers.find(supplierId);
        return history.created(
                new SupplierContact(supplier, data.name().trim(), data.email(), data.phone(), data.role()));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierContact update(Long supplierId, Long contactId, SupplierContactData data) {
        input.valid(data);
        if (data.version() == null) {
            throw InvalidInput.of("version", "error.version.required");
        }
        SupplierContact contact = find(supplierId, contactId);
        contact.checkVersion(data.version());
        return history.change(contact, c -> c.describe(data.name().trim(), data.email(), data.phone(), data.role()));
    }

    /** A contact an interface names stays until the interface names someone else. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public void delete(Long supplierId, Long contactId, long version) {
        SupplierContact contact = find(supplierId, contactId);
        contact.checkVersion(version);
        long interfaces = em.createNamedQuery(SupplierInterface.COUNT_BY_CONTACT, Long.class)
                .setParameter("contact", contact)
                .getSingleResult();
        if (interfaces > 0) {
            throw new RuleViolation("SUP-8", "error.supplierContact.inUse", contact.getName());
        }
        history.deleted(contact);
    }
}
