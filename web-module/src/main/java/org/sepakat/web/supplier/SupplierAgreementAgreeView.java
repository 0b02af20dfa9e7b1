package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.boundary.SupplierContacts;
import org.sepakat.supplier.entity.SigningData;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;

/**
 * The dialogs of a supplier agreement's document page: both sides sign (SUP-2: a member of staff
 * for the provider, one of the supplier's contacts for it, and the month the version takes
 * effect), and the day notice was given on a tacitly renewing contract (SUP-10).
 */
@Named
@ViewScoped
public class SupplierAgreementAgreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String AGREE_FORM = "agreeForm";
    private static final String NOTICE_FORM = "noticeForm";

    @Inject
    SupplierAgreementView document;

    @Inject
    SupplierAgreementVersionsView versions;

    @Inject
    SupplierAgreements agreements;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SupplierContacts contacts;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors errors;

    private boolean open;
    private boolean noticeOpen;
    private boolean offeringActivation;
    private List<Staff> staff = List.of();
    private List<SupplierContact> supplierContacts = List.of();
    private Long providerStaffId;
    private Long supplierContactId;
    private String effectiveFrom;
    private LocalDate noticeGivenOn;

    public void open() {
        SupplierAgreement agreement = document.getAgreement();
        staff = staffDirectory.everyone();
        supplierContacts = contacts.list(agreement.getSupplier().getId(), PageRequest.firstPage(PageRequest.MAX_SIZE))
                .items();
        open = true;
    }

    /**
     * Signs; a refusal keeps the dialog open with the problem beside its field. An agreed version
     * that can be activated is offered for activation at once, as an SLA's is (issue 12 §4).
     */
    public void confirm() {
        YearMonth effective;
        try {
            effective = effectiveFrom == null || effectiveFrom.isBlank() ? null : YearMonth.parse(effectiveFrom.trim());
        } catch (DateTimeParseException e) {
            errors.show(InvalidInput.of("effectiveFrom", "error.sla.effectiveFrom.format", effectiveFrom), AGREE_FORM);
            return;
        }
        SupplierAgreement agreement = document.getAgreement();
        SigningData data = new SigningData(providerStaffId, supplierContactId, effective, agreement.getVersion());
        if (attempt.run(() -> document.show(agreements.agree(document.getId(), data)), AGREE_FORM)) {
            open = false;
            offeringActivation = document.isActivatable();
            versions.refresh();
            attempt.done(
                    "supplierAgreement.agreed",
                    agreement.getReference(),
                    document.getAgreement().getAgreedVersion());
        }
    }

    public void cancel() {
        open = false;
    }

    /** Activates the version just agreed, at the version the signature left it. */
    public void activateNow() {
        offeringActivation = false;
        document.activate();
    }

    /** Leaves it agreed; "Activate" stays on the document for later. */
    public void activateLater() {
        offeringActivation = false;
    }

    public boolean isOfferingActivation() {
        return offeringActivation;
    }

    public void openNotice() {
        noticeGivenOn = null;
        noticeOpen = true;
    }

    public void recordNotice() {
        SupplierAgreement agreement = document.getAgreement();
        if (attempt.run(
                () -> document.show(agreements.recordNotice(document.getId(), noticeGivenOn, agreement.getVersion())),
                NOTICE_FORM)) {
            noticeOpen = false;
            attempt.done("supplierAgreement.noticeRecorded", agreement.getReference());
        }
    }

    public void cancelNotice() {
        noticeOpen = false;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isNoticeOpen() {
        return noticeOpen;
    }

    public List<Staff> getStaff() {
        return staff;
    }

    public List<SupplierContact> getSupplierContacts() {
        return supplierContacts;
    }

    public Long getProviderStaffId() {
        return providerStaffId;
    }

    public void setProviderStaffId(Long providerStaffId) {
        this.providerStaffId = providerStaffId;
    }

    public Long getSupplierContactId() {
        return supplierContactId;
    }

    public void setSupplierContactId(Long supplierContactId) {
        this.supplierContactId = supplierContactId;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getNoticeGivenOn() {
        return noticeGivenOn;
    }

    public void setNoticeGivenOn(LocalDate noticeGivenOn) {
        this.noticeGivenOn = noticeGivenOn;
    }
}
