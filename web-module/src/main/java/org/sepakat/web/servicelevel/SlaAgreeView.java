package org.sepakat.web.servicelevel;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sepakat.party.boundary.Contacts;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.Staff;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.AgreementData;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;

/**
 * SLM-1: both sides sign the SLA shown in the editor; the provider's signatory is a member of
 * staff, the customer's one of the customer's contacts. What is on screen is saved first.
 */
@Named
@ViewScoped
public class SlaAgreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "agreeForm";

    @Inject
    SlaEditView editor;

    @Inject
    SlaVersionsView versions;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Contacts contacts;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors errors;

    private boolean open;
    private boolean offeringActivation;
    private List<Staff> staff = List.of();
    private List<Contact> customerContacts = List.of();
    private Long providerStaffId;
    private Long customerContactId;
    private String effectiveFrom;

    public void open() {
        if (!editor.saveBeforeSigning()) {
            return;
        }
        ServiceLevelAgreement sla = editor.getSla();
        staff = staffDirectory.everyone();
        customerContacts = contacts.list(sla.getCustomerId(), PageRequest.firstPage(PageRequest.MAX_SIZE))
                .items();
        open = true;
    }

    /**
     * Signs; a refusal keeps the dialog open with the problem in it. An agreed version that can be
     * activated is offered for activation at once (issue 12 §4).
     */
    public void confirm() {
        YearMonth effective;
        try {
            effective = effectiveFrom == null || effectiveFrom.isBlank() ? null : YearMonth.parse(effectiveFrom.trim());
        } catch (DateTimeParseException e) {
            errors.show(InvalidInput.of("effectiveFrom", "error.sla.effectiveFrom.format", effectiveFrom), FORM);
            return;
        }
        ServiceLevelAgreement sla = editor.getSla();
        AgreementData data = new AgreementData(providerStaffId, customerContactId, sla.getVersion(), effective);
        if (attempt.run(() -> editor.show(agreements.agree(editor.getId(), data)), FORM)) {
            open = false;
            offeringActivation = editor.isActivatable();
            versions.refresh();
            attempt.done("sla.agreed", sla.getReference(), editor.getSla().getAgreedVersion());
            PrimeFaces.current().ajax().update("messages");
        }
    }

    public void cancel() {
        open = false;
    }

    /** Activates the version just agreed; either way the signed agreement is then read as its document. */
    public String activateNow() {
        offeringActivation = false;
        editor.activate();
        return document();
    }

    public String activateLater() {
        offeringActivation = false;
        return document();
    }

    /** A signed agreement's content cannot change: its author goes on from its document, not a greyed-out editor. */
    private String document() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/slas/preview?faces-redirect=true&id=" + editor.getId();
    }

    public boolean isOfferingActivation() {
        return offeringActivation;
    }

    public boolean isOpen() {
        return open;
    }

    public List<Staff> getStaff() {
        return staff;
    }

    public List<Contact> getCustomerContacts() {
        return customerContacts;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public Long getProviderStaffId() {
        return providerStaffId;
    }

    public void setProviderStaffId(Long providerStaffId) {
        this.providerStaffId = providerStaffId;
    }

    public Long getCustomerContactId() {
        return customerContactId;
    }

    public void setCustomerContactId(Long customerContactId) {
        this.customerContactId = customerContactId;
    }
}
