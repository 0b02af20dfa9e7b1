package org.sepakat.party.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.RuleViolation;

/**
 * A customer of one or more services (BRM-1) and the staff responsible for the relationship
 * and the customer's satisfaction (BRM-4). An active customer always has a manager.
 */
@Entity
@Table(name = "party_customer")
@NamedQuery(name = Customer.FIND_BY_CODE, query = "SELECT c FROM Customer c WHERE c.code = :code")
@NamedQuery(name = Customer.COUNT_ALL, query = "SELECT COUNT(c) FROM Customer c")
public class Customer extends AuditedEntity {

    public static final String FIND_BY_CODE = "Customer.findByCode";
    public static final String COUNT_ALL = "Customer.countAll";

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomerStatus status;

    @ManyToMany
    @JoinTable(
            name = "party_customer_manager",
            joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    private Set<Staff> managers = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "party_customer_service",
            joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<Service> services = new HashSet<>();

    protected Customer() {}

    public Customer(String code, String name, CustomerKind kind) {
        this.code = Objects.requireNonNull(code);
        describe(name, kind);
        this.status = CustomerStatus.PROSPECT;
    }

    public void describe(String name, CustomerKind kind) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    public void recode(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** BRM-4: the relationship needs a responsible person before the customer is active. */
    public void activate() {
        if (status == CustomerStatus.ACTIVE) {
            throw new RuleViolation("BRM-4", "error.customer.transition", code, status, CustomerStatus.ACTIVE);
        }
        if (managers.isEmpty()) {
            throw new RuleViolation("BRM-4", "error.customer.noManager", code);
        }
        status = CustomerStatus.ACTIVE;
    }

    public void deactivate() {
        if (status != CustomerStatus.ACTIVE) {
            throw new RuleViolation("BRM-4", "error.customer.transition", code, status, CustomerStatus.INACTIVE);
        }
        status = CustomerStatus.INACTIVE;
    }

    /**
     * BRM-4: besides an administrator, only a manager already appointed to the customer appoints or
     * withdraws its managers, so nobody can put himself in charge of someone else's customer and
     * read its records. A customer nobody manages yet (a new prospect) gets its first manager from
     * the person who recorded it.
     */
    public boolean managersChangeableBy(String username) {
        if (username == null) {
            return false;
        }
        return managers.stream().anyMatch(m -> username.equals(m.getUsername()))
                || managers.isEmpty() && username.equals(getCreatedBy());
    }

    public void appointManager(Staff manager) {
        managers.add(Objects.requireNonNull(manager));
    }

    /** BRM-4: the last manager of an active customer cannot go. */
    public void withdrawManager(Staff manager) {
        if (status == CustomerStatus.ACTIVE && managers.size() == 1 && managers.contains(manager)) {
            throw new RuleViolation("BRM-4", "error.customer.lastManager", code);
        }
        managers.remove(manager);
    }

    public void subscribe(Service service) {
        if (service.getStatus() == ServiceStatus.RETIRED) {
            throw new RuleViolation("BRM-1", "error.customer.retiredService", service.getCode());
        }
        services.add(service);
    }

    public void unsubscribe(Service service) {
        services.remove(service);
    }

    public boolean takes(Service service) {
        return services.contains(service);
    }

    public boolean isDeletable() {
        return status == CustomerStatus.PROSPECT;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public List<Staff> getManagers() {
        return managers.stream()
                .sorted(Comparator.comparing(Staff::getUsername))
                .toList();
    }

    public List<Service> getServices() {
        return services.stream().sorted(Comparator.comparing(Service::getCode)).toList();
    }

    public Set<Service> serviceSet() {
        return Collections.unmodifiableSet(services);
    }

    @Override
    public String auditKey() {
        return code;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", kind == null ? null : kind.name());
        state.put("status", status == null ? null : status.name());
        state.put("managers", managers.stream().map(Staff::getUsername).sorted().collect(Collectors.joining(", ")));
        state.put("services", services.stream().map(Service::getCode).sorted().collect(Collectors.joining(", ")));
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Customer customer && Objects.equals(code, customer.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
