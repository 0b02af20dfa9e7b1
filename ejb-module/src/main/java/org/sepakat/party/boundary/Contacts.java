package org.sepakat.party.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.ContactData;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceRoleData;
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

/** The people at each customer and their role towards each service (BRM-2, BRM-3). */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Contacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    public Page<Contact> list(Long customerId, PageRequest request) {
        Customer customer = Records.require(em, Customer.class, customerId);
        return PagedQuery.of(em, Contact.class)
                .where((cb, root) -> cb.equal(root.get("customer"), customer))
                .sortable("name", "email", "changedAt")
                .defaultSort("name", true)
                .textFilter("name", "name")
                .textFilter("email", "email")
                .fetch(request);
    }

    public Contact find(Long customerId, Long contactId) {
        Contact contact = Records.require(em, Contact.class, contactId);
        if (!contact.getCustomer().getId().equals(customerId)) {
            throw new RecordNotFound("Contact", contactId);
        }
        return contact;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Contact create(Long customerId, ContactData data) {
        input.valid(data);
        Customer customer = Records.require(em, Customer.class, customerId);
        return history.created(new Contact(customer, data.name().trim(), trim(data.email()), trim(data.phone())));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Contact update(Long customerId, Long contactId, ContactData data) {
        input.valid(data);
        if (data.version() == null) {
            throw InvalidInput.of("version", "error.version.required");
        }
        Contact contact = find(customerId, contactId);
        contact.checkVersion(data.version());
        return history.change(contact, c -> c.describe(data.name().trim(), trim(data.email()), trim(data.phone())));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Contact assignRole(Long customerId, Long contactId, ServiceRoleData data) {
        input.valid(data);
        Contact contact = find(customerId, contactId);
        Service service = Records.require(em, Service.class, data.serviceId());
        return history.change(contact, c -> c.assignRole(service, data.kind(), data.interest()));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public Contact removeRole(Long customerId, Long contactId, Long serviceId) {
        Contact contact = find(customerId, contactId);
        Service service = Records.require(em, Service.class, serviceId);
        return history.change(contact, c -> c.removeRole(service));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    public void delete(Long customerId, Long contactId, long version) {
        Contact contact = find(customerId, contactId);
        contact.checkVersion(version);
        history.deleted(contact);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
