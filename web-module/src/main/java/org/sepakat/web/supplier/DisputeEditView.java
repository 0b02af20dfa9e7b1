package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.boundary.SupplierDisputes;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.DisputeData;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierDispute;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/**
 * Records a dispute with a supplier, or corrects one that is not yet resolved (SUP-12); keeps the
 * version it read. The owner left empty is the supplier's contract manager.
 */
@Named
@ViewScoped
public class DisputeEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "disputeForm";

    @Inject
    SupplierDisputes disputes;

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierAgreements agreements;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    private Long id;
    private String number;
    private Long supplierId;
    private Long agreementId;
    private String concerns;
    private String subject;
    private String description;
    private BigDecimal amount;
    private String currency = "IDR";
    private String owner;
    private Long version;
    private List<Supplier> supplierChoices;
    private List<Staff> ownerChoices;

    public void load() {
        if (!PageGuard.allow(userSession.isCanEditSuppliers()) || id == null) {
            return;
        }
        try {
            SupplierDispute dispute = disputes.find(id);
            if (!dispute.getStatus().isOpen()) {
                PageGuard.notFound();
                return;
            }
            number = dispute.getNumber();
            supplierId = dispute.getSupplier().getId();
            agreementId = dispute.getAgreementId();
            concerns = dispute.getConcerns();
            subject = dispute.getSubject();
            description = dispute.getDescription();
            amount = dispute.getAmount();
            currency = dispute.getCurrency().getCurrencyCode();
            owner = dispute.getOwner();
            version = dispute.getVersion();
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    public String save() {
        DisputeData data = new DisputeData(
                supplierId,
                agreementId,
                concerns,
                subject,
                description,
                amount,
                currency == null ? null : currency.trim(),
                owner,
                version);
        return attempt.saveAndOpen(
                () -> id == null ? disputes.create(data) : disputes.update(id, data),
                FORM,
                "dispute.saved",
                "/disputes/view");
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<Supplier> getSupplierChoices() {
        if (supplierChoices == null) {
            supplierChoices = suppliers
                    .list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true, Map.of()))
                    .items();
        }
        return supplierChoices;
    }

    /** The chosen supplier's agreements; none until a supplier is chosen. */
    public List<SupplierAgreement> getAgreementChoices() {
        if (supplierId == null) {
            return List.of();
        }
        try {
            return agreements.ofSupplier(supplierId);
        } catch (RecordNotFound e) {
            return List.of();
        }
    }

    public List<Staff> getOwnerChoices() {
        if (ownerChoices == null) {
            ownerChoices = staffDirectory.everyone();
        }
        return ownerChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public String getConcerns() {
        return concerns;
    }

    public void setConcerns(String concerns) {
        this.concerns = concerns;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
