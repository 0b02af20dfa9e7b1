package org.sepakat.web.party;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/** Creates a customer, or changes its code, name and kind; keeps the version it read (BRM-1). */
@Named
@ViewScoped
public class CustomerEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "customerForm";

    @Inject
    Customers customers;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    private Long id;
    private String code;
    private String name;
    private CustomerKind kind;
    private Long version;

    public void load() {
        if (!PageGuard.allow(userSession.isCanEditCustomers()) || id == null) {
            return;
        }
        try {
            Customer customer = customers.find(id);
            code = customer.getCode();
            name = customer.getName();
            kind = customer.getKind();
            version = customer.getVersion();
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    public String save() {
        CustomerData data = new CustomerData(code, name, kind, version);
        return attempt.saveAndOpen(
                () -> id == null ? customers.create(data) : customers.update(id, data),
                FORM,
                "party.customer.saved",
                "/customers/view");
    }

    public boolean isCreating() {
        return id == null;
    }

    public CustomerKind[] getKinds() {
        return CustomerKind.values();
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

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }
}
