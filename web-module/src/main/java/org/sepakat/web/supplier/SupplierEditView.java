package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Customer;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierData;
import org.sepakat.supplier.entity.SupplierKind;
import org.sepakat.supplier.entity.SupplierStatus;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/**
 * Creates a supplier, or changes its code, name, kind and customer; keeps the version it read. An
 * existing prospect or inactive supplier can be made active from here, which names the responsibility
 * still missing (SUP-1).
 */
@Named
@ViewScoped
public class SupplierEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "supplierForm";

    @Inject
    Suppliers suppliers;

    @Inject
    Customers customers;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    private Long id;
    private String code;
    private String name;
    private SupplierKind kind;
    private Long customerId;
    private Long version;
    private SupplierStatus status;
    private List<Responsibility> missing = List.of();
    private List<Customer> customerChoices;

    public void load() {
        if (!PageGuard.allow(userSession.isCanEditSuppliers()) || id == null) {
            return;
        }
        try {
            Supplier supplier = suppliers.find(id);
            code = supplier.getCode();
            name = supplier.getName();
            kind = supplier.getKind();
            customerId = supplier.getCustomerId();
            version = supplier.getVersion();
            status = supplier.getStatus();
            missing = supplier.missingResponsibilities();
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    public String save() {
        SupplierData data = new SupplierData(code, name, kind, customerId, version);
        return attempt.saveAndOpen(
                () -> id == null ? suppliers.create(data) : suppliers.update(id, data),
                FORM,
                "supplier.saved",
                "/suppliers/view");
    }

    /** SUP-1: refused with the rule and the missing responsibility as the page's message. */
    public String activate() {
        return attempt.saveAndOpen(
                () -> suppliers.activate(id, version), FORM, "supplier.activated", "/suppliers/view");
    }

    public boolean isActivatable() {
        return id != null && status != SupplierStatus.ACTIVE;
    }

    public List<Responsibility> getMissing() {
        return missing;
    }

    public boolean isCreating() {
        return id == null;
    }

    public SupplierKind[] getKinds() {
        return SupplierKind.values();
    }

    /** The customers one can act as a supplier, by code. */
    public List<Customer> getCustomerChoices() {
        if (customerChoices == null) {
            customerChoices = customers
                    .list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true, Map.of()))
                    .items();
        }
        return customerChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SupplierKind getKind() {
        return kind;
    }

    public void setKind(SupplierKind kind) {
        this.kind = kind;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
