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
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.ShownRecord;

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
    ShownRecord<Customer> shown;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors facesErrors;

    private Long id;
    private List<Staff> staffChoices = List.of();
    private List<Service> serviceChoices = List.of();
    private Long managerChoice;
    private Long serviceChoice;
    private boolean managersChangeable;

    public void load() {
        shown.load(() -> customers.find(id)).ifPresent(this::offerChoices);
    }

    /**
     * Staff not yet managing the customer, services offered that it does not take yet; whether the
     * caller may change its managers at all (BRM-4).
     */
    private void offerChoices(Customer loaded) {
        managersChangeable = customers.mayChangeManagers(loaded);
        List<Staff> managers = loaded.getManagers();
        staffChoices = staffDirectory.everyone().stream()
                .filter(s -> !managers.contains(s))
                .toList();
        serviceChoices =
                catalogue.offered().stream().filter(s -> !loaded.takes(s)).toList();
    }

    private boolean act(Supplier<Customer> action) {
        return attempt.run(() -> offerChoices(shown.show(action.get())));
    }

    public void activate() {
        if (act(() -> customers.activate(id, getCustomer().getVersion()))) {
            attempt.done("party.customer.activated", getCustomer().getCode());
        }
    }

    public void deactivate() {
        if (act(() -> customers.deactivate(id, getCustomer().getVersion()))) {
            attempt.done("party.customer.deactivated", getCustomer().getCode());
        }
    }

    public String delete() {
        try {
            customers.delete(id, getCustomer().getVersion());
        } catch (BusinessException e) {
            facesErrors.show(e);
            return null;
        }
        facesErrors.info("party.customer.deleted", getCustomer().getCode());
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
        return getCustomer().getStatus() != CustomerStatus.ACTIVE;
    }

    public boolean isDeactivatable() {
        return getCustomer().getStatus() == CustomerStatus.ACTIVE;
    }

    public boolean isManagersChangeable() {
        return managersChangeable;
    }

    public boolean isDeletable() {
        return getCustomer().isDeletable();
    }

    public Customer getCustomer() {
        return shown.record();
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
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
