package org.sepakat.web.party;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/** The customer register, paged and filtered by the database (BRM-1). */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Customers customers;

    private PagedModel<Customer> model;

    @PostConstruct
    void init() {
        Customers boundary = customers;
        model = new PagedModel<Customer>(boundary::list, Customer::getId)
                .inUrl("code", "name", "kind", "status")
                .exportAs(
                        "customers",
                        ListColumn.of("party.code", Customer::getCode),
                        ListColumn.of("party.name", Customer::getName),
                        ListColumn.label("party.kind", "enum.CustomerKind.", Customer::getKind),
                        ListColumn.label("party.status", "enum.CustomerStatus.", Customer::getStatus),
                        ListColumn.of("party.changedAt", Customer::getChangedAt));
    }

    public PagedModel<Customer> getCustomers() {
        return model;
    }

    public CustomerKind[] getKinds() {
        return CustomerKind.values();
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }
}
