package org.sepakat.party.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.RuleViolation;

/** A person at a customer, with a role towards each service they use or have an interest in. */
@Entity
@Table(name = "party_contact")
@NamedQuery(name = Contact.COUNT_BY_CUSTOMER, query = "SELECT COUNT(c) FROM Contact c WHERE c.customer = :customer")
public class Contact extends AuditedEntity {

    public static final String COUNT_BY_CUSTOMER = "Contact.countByCustomer";

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @ElementCollection
    @CollectionTable(name = "party_contact_role", joinColumns = @JoinColumn(name = "contact_id"))
    private List<ServiceRole> roles = new ArrayList<>();

    protected Contact() {}

    public Contact(Customer customer, String name, String email, String phone) {
        this.customer = Objects.requireNonNull(customer);
        describe(name, email, phone);
    }

    public void describe(String name, String email, String phone) {
        this.name = Objects.requireNonNull(name);
        this.email = email == null || email.isBlank() ? null : email;
        this.phone = phone == null || phone.isBlank() ? null : phone;
    }

    /** Gives this contact a role towards a service the customer takes; replaces any earlier role for it. */
    public void assignRole(Service service, ContactRoleKind kind, String interest) {
        if (!customer.takes(service)) {
            throw new RuleViolation("BRM-2", "error.contact.serviceNotTaken", service.getCode(), customer.getCode());
        }
        ServiceRole role = new ServiceRole(service, kind, interest);
        roles.removeIf(existing -> existing.getService().equals(service));
        roles.add(role);
    }

    public void removeRole(Service service) {
        roles.removeIf(existing -> existing.getService().equals(service));
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public List<ServiceRole> getRoles() {
        return roles.stream()
                .sorted(Comparator.comparing(r -> r.getService().getCode()))
                .toList();
    }

    @Override
    public String auditKey() {
        return customer.getCode() + "/" + name;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("customer", customer.getCode());
        state.put("name", name);
        state.put("email", email);
        state.put("phone", phone);
        state.put("roles", roles.stream().map(ServiceRole::describe).sorted().collect(Collectors.joining("; ")));
        return state;
    }
}
