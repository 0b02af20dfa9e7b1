package org.sepakat.party.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.shared.persistence.UniqueKey;

/** Customers, the services they take (BRM-1) and who manages each relationship (BRM-4). */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Customers {

    private static final Logger LOG = Logger.getLogger(Customers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Resource
    SessionContext session;

    @Inject
    CustomerScope scope;

    /**
     * Filters: code, name, text (code or name; contains), kind, status; inScope=true keeps the
     * customers whose records the caller may see ({@link CustomerScope}: a relationship manager's own).
     */
    public Page<Customer> list(PageRequest request) {
        return PagedQuery.of(em, Customer.class)
                .sortable("code", "name", "kind", "status", "changedAt")
                .defaultSort("code", true)
                .textFilter("code", "code")
                .textFilter("name", "name")
                .textFilter("text", "code", "name")
                .filter(
                        "inScope",
                        (cb, root, value) -> "true".equalsIgnoreCase(value)
                                ? scope.ofCaller().admits(cb, root.get("id"))
                                : cb.conjunction())
                .equalsFilter("kind", "kind")
                .equalsFilter("status", "status")
                .fetch(request);
    }

    /** Customer ids by code, for the codes that exist; one query per 500 codes. */
    public Map<String, Long> idsByCode(Collection<String> codes) {
        return InChunks.query(
                        codes,
                        chunk -> em.createQuery(
                                        "SELECT c.code, c.id FROM Customer c WHERE c.code IN :codes", Object[].class)
                                .setParameter("codes", chunk)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** Customer codes by id, to show records that refer to customers by id. */
    public Map<Long, String> codesById(Collection<Long> ids) {
        return InChunks.query(
                        ids,
                        chunk -> em.createQuery(
                                        "SELECT c.id, c.code FROM Customer c WHERE c.id IN :ids", Object[].class)
                                .setParameter("ids", chunk)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    public Customer find(Long id) {
        return Records.require(em, Customer.class, id);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer create(CustomerData data) {
        input.valid(data);
        UniqueKey.require(
                em, Customer.class, Customer.FIND_BY_CODE, "code", data.code().trim(), null);
        Customer customer =
                history.created(new Customer(data.code().trim(), data.name().trim(), data.kind()));
        LOG.info(() -> "Customer " + customer.getCode() + " created by " + history.currentUser());
        return customer;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer update(Long id, CustomerData data) {
        input.valid(data);
        Customer customer = Records.asRead(em, Customer.class, id, data.version());
        UniqueKey.require(
                em, Customer.class, Customer.FIND_BY_CODE, "code", data.code().trim(), id);
        return history.change(customer, c -> {
            c.recode(data.code().trim());
            c.describe(data.name().trim(), data.kind());
        });
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer activate(Long id, long version) {
        Customer customer = Records.asRead(em, Customer.class, id, version);
        return history.change(customer, Customer::activate);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer deactivate(Long id, long version) {
        Customer customer = Records.asRead(em, Customer.class, id, version);
        return history.change(customer, Customer::deactivate);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer appointManager(Long id, Long staffId) {
        Customer customer = managersChangeable(find(id));
        Staff staff = Records.require(em, Staff.class, staffId);
        return history.change(customer, c -> c.appointManager(staff));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer withdrawManager(Long id, Long staffId) {
        Customer customer = managersChangeable(find(id));
        Staff staff = Records.require(em, Staff.class, staffId);
        return history.change(customer, c -> c.withdrawManager(staff));
    }

    /** Whether the caller may appoint and withdraw the customer's managers (BRM-4), so the UI offers it only then. */
    public boolean mayChangeManagers(Customer customer) {
        return session.isCallerInRole(Roles.ADMINISTRATOR)
                || session.isCallerInRole(Roles.RELATIONSHIP_MANAGER)
                        && customer.managersChangeableBy(history.currentUser());
    }

    private Customer managersChangeable(Customer customer) {
        if (!mayChangeManagers(customer)) {
            throw new RuleViolation("BRM-4", "error.customer.managersChangedByManagers", customer.getCode());
        }
        return customer;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer subscribe(Long id, Long serviceId) {
        Service service = Records.require(em, Service.class, serviceId);
        return history.change(find(id), c -> c.subscribe(service));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Customer unsubscribe(Long id, Long serviceId) {
        Service service = Records.require(em, Service.class, serviceId);
        return history.change(find(id), c -> c.unsubscribe(service));
    }

    /** Only a prospect with no contacts can go: anything else has a history worth keeping. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public void delete(Long id, long version) {
        Customer customer = Records.asRead(em, Customer.class, id, version);
        long contacts = em.createNamedQuery(Contact.COUNT_BY_CUSTOMER, Long.class)
                .setParameter("customer", customer)
                .getSingleResult();
        if (!customer.isDeletable() || contacts > 0) {
            throw new RuleViolation("BRM-1", "error.customer.notDeletable", customer.getCode());
        }
        history.deleted(customer);
    }
}
