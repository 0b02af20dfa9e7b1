package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;

/** A person at a supplier and their role (account manager, service desk, escalation), SUP-8. */
@Entity
@Table(name = "sup_contact")
@NamedQuery(
        name = SupplierContact.COUNT_BY_SUPPLIER,
        query = "SELECT COUNT(c) FROM SupplierContact c WHERE c.supplier = :supplier")
public class SupplierContact extends AuditedEntity {

    public static final String COUNT_BY_SUPPLIER = "SupplierContact.countBySupplier";

    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "contact_role", length = 200)
    private String role;

    protected SupplierContact() {}

    public SupplierContact(Supplier supplier, String name, String email, String phone, String role) {
        this.supplier = Objects.requireNonNull(supplier);
        describe(name, email, phone, role);
    }

    public void describe(String name, String email, String phone, String role) {
        this.name = Objects.requireNonNull(name);
        this.email = blankAsNull(email);
        this.phone = blankAsNull(phone);
        this.role = blankAsNull(role);
    }

    static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Supplier getSupplier() {
        return supplier;
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

    public String getRole() {
        return role;
    }

    @Override
    public String auditKey() {
        return supplier.getCode() + "/" + name;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("supplier", supplier.getCode());
        state.put("name", name);
        state.put("email", email);
        state.put("phone", phone);
        state.put("role", role);
        return state;
    }
}
