package org.sepakat.supplier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;

/**
 * A supplier (SUP-1): an external organisation, a team of the provider, or a customer acting as a
 * supplier, with the staff responsible for the relationship, the contract and the performance. An
 * active supplier always has someone for each of the three.
 */
@Entity
@Table(name = "sup_supplier")
@NamedQuery(name = Supplier.FIND_BY_CODE, query = "SELECT s FROM Supplier s WHERE s.code = :code")
public class Supplier extends AuditedEntity {

    public static final String FIND_BY_CODE = "Supplier.findByCode";

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupplierKind kind;

    /** The customer that acts as this supplier; only for {@link SupplierKind#CUSTOMER_AS_SUPPLIER}. */
    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupplierStatus status;

    @ElementCollection
    @CollectionTable(name = "sup_manager", joinColumns = @JoinColumn(name = "supplier_id"))
    private Set<SupplierManager> managers = new HashSet<>();

    protected Supplier() {}

    public Supplier(String code, String name, SupplierKind kind, Long customerId) {
        this.code = Objects.requireNonNull(code);
        describe(name, kind, customerId);
        this.status = SupplierStatus.PROSPECT;
    }

    /** A customer acting as a supplier names that customer; the other kinds name none. */
    public void describe(String name, SupplierKind kind, Long customerId) {
        Objects.requireNonNull(kind);
        if (kind == SupplierKind.CUSTOMER_AS_SUPPLIER && customerId == null) {
            throw InvalidInput.of("customerId", "error.supplier.customerRequired");
        }
        this.name = Objects.requireNonNull(name);
        this.kind = kind;
        this.customerId = kind == SupplierKind.CUSTOMER_AS_SUPPLIER ? customerId : null;
    }

    public void recode(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** SUP-1: refused, naming the first responsibility nobody holds, until all three are held. */
    public void activate() {
        if (status == SupplierStatus.ACTIVE) {
            throw new RuleViolation("SUP-1", "error.supplier.transition", code, status, SupplierStatus.ACTIVE);
        }
        List<Responsibility> missing = missingResponsibilities();
        if (!missing.isEmpty()) {
            throw new RuleViolation("SUP-1", "error.supplier.missingResponsibility", code, missing.get(0));
        }
        status = SupplierStatus.ACTIVE;
    }

    public void deactivate() {
        if (status != SupplierStatus.ACTIVE) {
            throw new RuleViolation("SUP-1", "error.supplier.transition", code, status, SupplierStatus.INACTIVE);
        }
        status = SupplierStatus.INACTIVE;
    }

    public void appoint(Staff staff, Responsibility responsibility) {
        managers.add(new SupplierManager(staff, responsibility));
    }

    /** SUP-1: the last holder of a responsibility towards an active supplier cannot go. */
    public void withdraw(Staff staff, Responsibility responsibility) {
        boolean held = managers.stream().anyMatch(m -> m.holds(staff, responsibility));
        long holders = managers.stream()
                .filter(m -> m.getResponsibility() == responsibility)
                .count();
        if (held && status == SupplierStatus.ACTIVE && holders == 1) {
            throw new RuleViolation("SUP-1", "error.supplier.lastHolder", code, responsibility);
        }
        managers.removeIf(m -> m.holds(staff, responsibility));
    }

    /** The responsibilities nobody holds yet, in their order. */
    public List<Responsibility> missingResponsibilities() {
        Set<Responsibility> held =
                managers.stream().map(SupplierManager::getResponsibility).collect(Collectors.toSet());
        return Arrays.stream(Responsibility.values())
                .filter(r -> !held.contains(r))
                .toList();
    }

    public boolean isManagedBy(String username) {
        return managers.stream().anyMatch(m -> m.getStaff().getUsername().equals(username));
    }

    public boolean isDeletable() {
        return status == SupplierStatus.PROSPECT;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SupplierKind getKind() {
        return kind;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public SupplierStatus getStatus() {
        return status;
    }

    public List<SupplierManager> getManagers() {
        return managers.stream()
                .sorted(Comparator.comparing(SupplierManager::getResponsibility)
                        .thenComparing(m -> m.getStaff().getUsername()))
                .toList();
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
        state.put("customerId", customerId == null ? null : customerId.toString());
        state.put("status", status == null ? null : status.name());
        for (Responsibility responsibility : Responsibility.values()) {
            state.put(historyField(responsibility), holders(responsibility));
        }
        return state;
    }

    /** The history's field for who holds a responsibility, e.g. "contractManagers". */
    public static String historyField(Responsibility responsibility) {
        return responsibility.name().toLowerCase(Locale.ROOT) + "Managers";
    }

    private String holders(Responsibility responsibility) {
        return managers.stream()
                .filter(m -> m.getResponsibility() == responsibility)
                .map(m -> m.getStaff().getUsername())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Supplier supplier && Objects.equals(code, supplier.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
