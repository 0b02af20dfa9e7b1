package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Service;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.AgreementKind;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.TargetRow;
import org.sepakat.web.shared.UserSession;
import org.sepakat.web.supplier.AgreementRows.ComponentRow;
import org.sepakat.web.supplier.AgreementRows.ObligationRow;
import org.sepakat.web.supplier.AgreementRows.RaciRow;
import org.sepakat.web.supplier.AgreementRows.RequirementRow;

/**
 * The one editor of a supplier agreement while its content may change (a draft, or a revision
 * under review): heading, scope, requirements, targets, obligations, RACI and a contract's
 * commercial terms, saved as a whole (SUP-2..6, OLA-1). Readers, and agreements whose content is
 * signed, go to its document ({@code view.xhtml}).
 */
@Named
@ViewScoped
public class SupplierAgreementEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "agreementForm";
    private static final int CHOICES = PageRequest.MAX_SIZE;

    @Inject
    SupplierAgreements agreements;

    @Inject
    Suppliers suppliers;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    Calendars calendars;

    @Inject
    ShownRecord<SupplierAgreement> shown;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors errors;

    private Long id;
    private Long supplier;
    private SupplierAgreementDraft draft = new SupplierAgreementDraft();
    private AgreementKind kind = AgreementKind.UNDERPINNING_CONTRACT;
    private List<Supplier> supplierChoices = List.of();
    private List<Service> serviceChoices = List.of();
    private List<String> slaReferences = List.of();
    private List<String> calendarCodes = List.of();

    /** Who may not edit, and an agreement whose content is signed, read its document instead. */
    public String load() {
        if (id != null && !userSession.isCanEditSuppliers()) {
            return document();
        }
        if (id == null && !PageGuard.allow(userSession.isCanEditSuppliers())) {
            return null;
        }
        Optional<SupplierAgreement> loaded = id == null ? Optional.empty() : shown.load(() -> agreements.find(id));
        if (loaded.isPresent() && !loaded.get().getStatus().isEditable()) {
            return document();
        }
        if (id != null && loaded.isEmpty()) {
            return null;
        }
        choices();
        loaded.ifPresentOrElse(this::edit, this::startNew);
        return null;
    }

    private void choices() {
        calendarCodes = calendars.all().stream().map(ServiceCalendar::getCode).toList();
        serviceChoices = catalogue.offered();
        slaReferences = slas.list(new PageRequest(0, CHOICES, "reference", true, null)).items().stream()
                .map(ServiceLevelAgreement::getReference)
                .toList();
    }

    private void startNew() {
        supplierChoices =
                suppliers.list(new PageRequest(0, CHOICES, "code", true, null)).items();
        if (supplier != null) {
            draft.setSupplierId(supplier);
        }
        chooseSupplier();
    }

    private String document() {
        return "/supplier-agreements/view?faces-redirect=true&id=" + id;
    }

    void show(SupplierAgreement current) {
        edit(shown.show(current));
    }

    private void edit(SupplierAgreement loaded) {
        draft = SupplierAgreementDraft.of(loaded);
        kind = loaded.getKind();
        supplierChoices = List.of(loaded.getSupplier());
    }

    /** The kind follows the supplier: a contract with an external one, an OLA otherwise (SUP-2, OLA-1). */
    public void chooseSupplier() {
        supplierChoices.stream()
                .filter(s -> s.getId().equals(draft.getSupplierId()))
                .findFirst()
                .ifPresent(s -> kind = AgreementKind.forSupplier(s.getKind()));
    }

    public String save() {
        if (getAgreement() == null) {
            String[] opened = {null};
            if (run(() -> {
                SupplierAgreement created = agreements.create(draft.toData(kind, null));
                errors.info("supplierAgreement.saved", created.getReference());
                opened[0] = "/supplier-agreements/edit?faces-redirect=true&id=" + created.getId();
            })) {
                return opened[0];
            }
            return null;
        }
        if (run(() ->
                show(agreements.update(id, draft.toData(kind, getAgreement().getVersion()))))) {
            attempt.done("supplierAgreement.saved", getAgreement().getReference());
        }
        return null;
    }

    /** Runs a save; a refusal names each field beside its input, a row's problem beside its row. */
    private boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInput e) {
            errors.show(AgreementFields.onPage(e), FORM);
            return false;
        } catch (BusinessException e) {
            errors.show(e, FORM);
            return false;
        }
    }

    public void addComponent() {
        draft.getComponents().add(new ComponentRow());
    }

    public void removeComponent(ComponentRow row) {
        draft.getComponents().remove(row);
    }

    public void addRequirement() {
        draft.getRequirements().add(new RequirementRow());
    }

    public void removeRequirement(RequirementRow row) {
        draft.getRequirements().remove(row);
    }

    public void addTarget() {
        draft.getTargets().add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        draft.getTargets().remove(row);
    }

    public void addObligation() {
        draft.getObligations().add(new ObligationRow());
    }

    public void removeObligation(ObligationRow row) {
        draft.getObligations().remove(row);
    }

    public void addRaci() {
        draft.getRaci().add(new RaciRow());
    }

    public void removeRaci(RaciRow row) {
        draft.getRaci().remove(row);
    }

    public boolean isCreating() {
        return getAgreement() == null;
    }

    public boolean isEditable() {
        return userSession.isCanEditSuppliers()
                && (getAgreement() == null || getAgreement().getStatus().isEditable());
    }

    public boolean isContract() {
        return kind == AgreementKind.UNDERPINNING_CONTRACT;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public SupplierAgreement getAgreement() {
        return shown.record();
    }

    public SupplierAgreementDraft getDraft() {
        return draft;
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public List<Supplier> getSupplierChoices() {
        return supplierChoices;
    }

    public List<Service> getServiceChoices() {
        return serviceChoices;
    }

    public List<String> getSlaReferences() {
        return slaReferences;
    }

    public List<String> getCalendarCodes() {
        return calendarCodes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The supplier a new agreement is for, when opened from the supplier's page. */
    public Long getSupplier() {
        return supplier;
    }

    public void setSupplier(Long supplier) {
        this.supplier = supplier;
    }
}
