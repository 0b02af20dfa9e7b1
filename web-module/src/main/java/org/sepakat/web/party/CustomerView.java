package org.sepakat.web.party;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.PageGuard;

/**
 * One customer: its status and the actions that change it, the services it takes (BRM-1), its
 * relationship managers (BRM-4) and its history. Contacts have their own view.
 */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Customers customers;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    History history;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors facesErrors;

    private Long id;
    private Customer customer;
    private List<HistoryEntry> changes = List.of();
    private List<Staff> staffChoices = List.of();
    private List<Service> serviceChoices = List.of();
    private Long managerChoice;
    private Long serviceChoice;

    public void load() {
        try {
            show(customers.find(id));
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    private void show(Customer loaded) {
        customer = loaded;
        changes = history.of(Customer.class.getSimpleName(), loaded.getId());
        List<Staff> managers = loaded.getManagers();
        staffChoices = staffDirectory.everyone().stream().filter(s -> !managers.contains(s)).toList();
        serviceChoices = catalogue.offered().stream().filter(s -> !loaded.takes(s)).toList();
    }

    private boolean act(Supplier<Customer> action) {
        return attempt.run(() -> show(action.get()));
    }

    public void activate() {
        if (act(() -> customers.activate(id, customer.getVersion()))) {
            attempt.done("party.customer.activated", customer.getCode());
        }
    }

    public void deactivate() {
        if (act(() -> customers.deactivate(id, customer.getVersion()))) {
            attempt.done("party.customer.deactivated", customer.getCode());
        }
    }

    public String delete() {
        try {
            customers.delete(id, customer.getVersion());
        } catch (BusinessException e) {
            facesErrors.show(e);
            return null;
        }
        facesErrors.info("party.customer.deleted", customer.getCode());
        return "/customers/list?faces-redirect=true";
    }

    public void appoint() {
        if (act(() -> customers.appointManager(id, managerChoice))) {
            managerChoice = null;
        }
    }

    public void withdraw(Staff manager) {
        act(() -> customers.withdrawManager(id, manager.getId()));
    }

    public void subscribe() {
        if (act(() -> customers.subscribe(id, serviceChoice))) {
            serviceChoice = null;
        }
    }

    public void unsubscribe(Service service) {
        act(() -> customers.unsubscribe(id, service.getId()));
    }

    public boolean isActivatable() {
        return customer.getStatus() != CustomerStatus.ACTIVE;
    }

    public boolean isDeactivatable() {
        return customer.getStatus() == CustomerStatus.ACTIVE;
    }

    public boolean isDeletable() {
        return customer.isDeletable();
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<HistoryEntry> getChanges() {
        return changes;
    }

    public List<Staff> getStaffChoices() {
        return staffChoices;
    }

    public List<Service> getServiceChoices() {
        return serviceChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getManagerChoice() {
        return managerChoice;
    }

    public void setManagerChoice(Long managerChoice) {
        this.managerChoice = managerChoice;
    }

    public Long getServiceChoice() {
        return serviceChoice;
    }

    public void setServiceChoice(Long serviceChoice) {
        this.serviceChoice = serviceChoice;
    }
}
