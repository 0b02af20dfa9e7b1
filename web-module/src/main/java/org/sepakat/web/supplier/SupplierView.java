package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierManager;
import org.sepakat.supplier.entity.SupplierStatus;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/**
 * One supplier: its details, status and the actions that change it, the staff responsible for the
 * relationship, the contract and the performance (SUP-1), and its history. Contacts and
 * interfaces have their own views on the same page.
 */
@Named
@ViewScoped
public class SupplierView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suppliers suppliers;

    @Inject
    Customers customers;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    ShownRecord<Supplier> shown;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors facesErrors;

    @Inject
    UserSession userSession;

    private Long id;
    private String customerCode;
    private List<Staff> staffChoices = List.of();
    private Long staffChoice;
    private Responsibility responsibilityChoice;

    public void load() {
        if (PageGuard.allow(userSession.isCanReadSuppliers())) {
            shown.load(() -> suppliers.find(id)).ifPresent(this::shown);
        }
    }

    private void shown(Supplier loaded) {
        customerCode = loaded.getCustomerId() == null
                ? null
                : customers.codesById(List.of(loaded.getCustomerId())).get(loaded.getCustomerId());
        if (userSession.isCanEditSuppliers() && staffChoices.isEmpty()) {
            staffChoices = staffDirectory.everyone();
        }
    }

    private boolean act(java.util.function.Supplier<Supplier> action) {
        return attempt.run(() -> shown(shown.show(action.get())));
    }

    public void activate() {
        if (act(() -> suppliers.activate(id, getSupplier().getVersion()))) {
            attempt.done("supplier.activated", getSupplier().getCode());
        }
    }

    public void deactivate() {
        if (act(() -> suppliers.deactivate(id, getSupplier().getVersion()))) {
            attempt.done("supplier.deactivated", getSupplier().getCode());
        }
    }

    public String delete() {
        try {
            suppliers.delete(id, getSupplier().getVersion());
        } catch (BusinessException e) {
            facesErrors.show(e);
            return null;
        }
        facesErrors.info("supplier.deleted", getSupplier().getCode());
        return "/suppliers/list?faces-redirect=true";
    }

    public void appoint() {
        if (act(() -> suppliers.appoint(id, responsibilityChoice, staffChoice))) {
            staffChoice = null;
        }
    }

    public void withdraw(SupplierManager manager) {
        act(() -> suppliers.withdraw(
                id, manager.getResponsibility(), manager.getStaff().getId()));
    }

    public boolean isActivatable() {
        return getSupplier().getStatus() != SupplierStatus.ACTIVE;
    }

    public boolean isDeactivatable() {
        return getSupplier().getStatus() == SupplierStatus.ACTIVE;
    }

    public Supplier getSupplier() {
        return shown.record();
    }

    /** SUP-1: the responsibilities nobody holds yet, which activation waits for. */
    public List<Responsibility> getMissing() {
        return getSupplier().missingResponsibilities();
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public List<Staff> getStaffChoices() {
        return staffChoices;
    }

    public Responsibility[] getResponsibilities() {
        return Responsibility.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getStaffChoice() {
        return staffChoice;
    }

    public void setStaffChoice(Long staffChoice) {
        this.staffChoice = staffChoice;
    }

    public Responsibility getResponsibilityChoice() {
        return responsibilityChoice;
    }

    public void setResponsibilityChoice(Responsibility responsibilityChoice) {
        this.responsibilityChoice = responsibilityChoice;
    }
}
