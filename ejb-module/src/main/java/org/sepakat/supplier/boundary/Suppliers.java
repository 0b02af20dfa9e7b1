package org.sepakat.supplier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.shared.persistence.UniqueKey;
import org.sepakat.supplier.control.ReadableSuppliers;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierData;
import org.sepakat.supplier.entity.SupplierInterface;
import org.sepakat.supplier.entity.SupplierKind;

/**
 * The supplier register (SUP-1): suppliers, their lifecycle and the staff responsible for each
 * relationship, contract and performance. Supplier managers and administrators write; the auditor
 * reads all; a relationship manager reads the suppliers {@link ReadableSuppliers} lets him.
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
public class Suppliers {

    private static final Logger LOG = Logger.getLogger(Suppliers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    SupplierScope readers;

    @Inject
    Customers customers;

    @Resource
    SessionContext session;

    /**
     * Filters: code, name, text (code or name; contains), kind, status; mine=true keeps the suppliers
     * the caller holds a responsibility for. Only the suppliers the caller may read.
     */
    public Page<Supplier> list(PageRequest request) {
        ReadableSuppliers readable = readers.ofCaller();
        String caller = history.currentUser();
        return PagedQuery.of(em, Supplier.class)
                .where((cb, root) -> readable.admits(cb, root))
                .sortable("code", "name", "kind", "status", "changedAt")
                .defaultSort("code", true)
                .textFilter("code", "code")
                .textFilter("name", "name")
                .textFilter("text", "code", "name")
                .equalsFilter("kind", "kind")
                .equalsFilter("status", "status")
                .filter(
                        "mine",
                        (cb, root, value) -> "true".equalsIgnoreCase(value)
                                ? root.get("id").in(managedBy(caller))
                                : cb.conjunction())
                .fetch(request);
    }

    /** The ids of the suppliers this user holds a responsibility for; never empty, for an IN list. */
    private List<Long> managedBy(String username) {
        List<Long> ids = em.createQuery(
                        "SELECT DISTINCT s.id FROM Supplier s JOIN s.managers m WHERE m.staff.username = :username",
                        Long.class)
                .setParameter("username", username)
                .getResultList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** A supplier the caller may read; one he may not is "not found", like one that does not exist. */
    public Supplier find(Long id) {
        Supplier supplier = Records.require(em, Supplier.class, id);
        if (!readers.ofCaller().admits(supplier)) {
            throw new RecordNotFound("Supplier", id);
        }
        return supplier;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public Supplier create(SupplierData data) {
        checked(data, null);
        Supplier supplier =
                history.created(new Supplier(data.code().trim(), data.name().trim(), data.kind(), data.customerId()));
        LOG.info(() -> "Supplier " + supplier.getCode() + " created by " + history.currentUser());
        return supplier;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public Supplier update(Long id, SupplierData data) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        Supplier supplier = Records.asRead(em, Supplier.class, id, data.version());
        checked(data, id);
        return history.change(supplier, s -> {
            s.recode(data.code().trim());
            s.describe(data.name().trim(), data.kind(), data.customerId());
        });
    }

    /**
     * Every problem of the input at once: its fields, the code another supplier has, the customer a
     * customer acting as a supplier must name (and that must exist).
     */
    private void checked(SupplierData data, Long ownId) {
        FieldProblems problems = new FieldProblems();
        problems.add(input.problems(data));
        if (data.code() != null && !data.code().isBlank()) {
            problems.check(() -> UniqueKey.require(
                    em,
                    Supplier.class,
                    Supplier.FIND_BY_CODE,
                    "code",
                    data.code().trim(),
                    ownId));
        }
        if (data.kind() == SupplierKind.CUSTOMER_AS_SUPPLIER
                && (data.customerId() == null || !customerExists(data.customerId()))) {
            problems.add(List.of(FieldProblem.of("customerId", "error.supplier.customerRequired")));
        }
        problems.throwIfAny();
    }

    private boolean customerExists(Long customerId) {
        return !customers.codesById(List.of(customerId)).isEmpty();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public Supplier activate(Long id, long version) {
        Supplier supplier = Records.asRead(em, Supplier.class, id, version);
        return history.change(supplier, Supplier::activate);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public Supplier deactivate(Long id, long version) {
        Supplier supplier = Records.asRead(em, Supplier.class, id, version);
        return history.change(supplier, Supplier::deactivate);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public Supplier appoint(Long id, Responsibility responsibility, Long staffId) {
        Supplier supplier = Records.require(em, Supplier.class, id);
        Staff staff = Records.require(em, Staff.class, staffId);
        return history.change(supplier, s -> s.appoint(staff, responsibility));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public Supplier withdraw(Long id, Responsibility responsibility, Long staffId) {
        Supplier supplier = Records.require(em, Supplier.class, id);
        Staff staff = Records.require(em, Staff.class, staffId);
        return history.change(supplier, s -> s.withdraw(staff, responsibility));
    }

    /** Only a prospect without contacts or interfaces can go: anything else has a history worth keeping. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public void delete(Long id, long version) {
        Supplier supplier = Records.asRead(em, Supplier.class, id, version);
        long contacts = count(SupplierContact.COUNT_BY_SUPPLIER, supplier);
        long interfaces = count(SupplierInterface.COUNT_BY_SUPPLIER, supplier);
        if (!supplier.isDeletable() || contacts + interfaces > 0) {
            throw new RuleViolation("SUP-1", "error.supplier.notDeletable", supplier.getCode());
        }
        history.deleted(supplier);
    }

    private long count(String query, Supplier supplier) {
        return em.createNamedQuery(query, Long.class)
                .setParameter("supplier", supplier)
                .getSingleResult();
    }

    /** Whether the caller may change suppliers, so a page offers it only then. */
    public boolean mayEdit() {
        return session.isCallerInRole(Roles.ADMINISTRATOR) || session.isCallerInRole(Roles.SUPPLIER_MANAGER);
    }
}
