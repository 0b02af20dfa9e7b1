package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.supplier.boundary.Alignments;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.AgreementRequirement;
import org.sepakat.supplier.entity.AgreementStatus;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/**
 * A supplier agreement as a document: every section, who signed, the contract's computed dates and
 * the steps of its life the user may take in its status (SUP-2..6, SUP-10, OLA-1).
 */
@Named
@ViewScoped
public class SupplierAgreementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierAgreements agreements;

    @Inject
    ShownRecord<SupplierAgreement> shown;

    @Inject
    Alignments alignments;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors errors;

    private Long id;
    private List<UnderpinnedSla> underpinned;

    /** A customer SLA this agreement underpins, as its link on the document shows it. */
    public record UnderpinnedSla(long id, String reference, String title) implements Serializable {}

    /** The page's own role check; an agreement the user may not read is "not found". */
    public void load() {
        if (PageGuard.allow(userSession.isCanReadSuppliers())) {
            shown.load(() -> agreements.find(id));
        }
    }

    void show(SupplierAgreement current) {
        shown.show(current);
        underpinned = null;
    }

    private void act(Supplier<SupplierAgreement> action, String doneKey) {
        if (attempt.run(() -> show(action.get()))) {
            attempt.done(doneKey, getAgreement().getReference());
        }
    }

    public void activate() {
        act(() -> agreements.activate(id, getAgreement().getVersion()), "supplierAgreement.activated");
    }

    public void startRevision() {
        act(() -> agreements.startRevision(id, getAgreement().getVersion()), "supplierAgreement.revisionStarted");
    }

    public void terminate() {
        act(() -> agreements.terminate(id, getAgreement().getVersion()), "supplierAgreement.terminated");
    }

    public void recordRenewal() {
        act(() -> agreements.recordRenewal(id, getAgreement().getVersion()), "supplierAgreement.renewalRecorded");
    }

    /** Only a draft never agreed goes; the list then confirms it. */
    public String delete() {
        String reference = getAgreement().getReference();
        if (attempt.run(() -> agreements.delete(id, getAgreement().getVersion()))) {
            errors.info("supplierAgreement.deleted", reference);
            return "/supplier-agreements/list?faces-redirect=true";
        }
        return null;
    }

    private boolean editor() {
        return userSession.isCanEditSuppliers() && getAgreement() != null;
    }

    private AgreementStatus status() {
        return getAgreement().getStatus();
    }

    /** Its content can change: the editor is offered. */
    public boolean isEditable() {
        return editor() && status().isEditable();
    }

    public boolean isActivatable() {
        return editor() && status() == AgreementStatus.AGREED;
    }

    public boolean isRevisable() {
        return editor() && (status() == AgreementStatus.AGREED || status() == AgreementStatus.ACTIVE);
    }

    /** Both sides can sign what is written: a draft, or a revision. */
    public boolean isAgreeable() {
        return isEditable();
    }

    public boolean isDeletable() {
        return editor() && getAgreement().isDeletable();
    }

    /** Signed and not ended: notice and renewals are events of a contract in force (SUP-10). */
    private boolean inForce() {
        return editor()
                && getAgreement().getCommercialTerms() != null
                && status() != AgreementStatus.DRAFT
                && !status().isEnded();
    }

    public boolean isNoticeRecordable() {
        return inForce()
                && getAgreement().getCommercialTerms().getRenewal() == RenewalKind.TACIT
                && getAgreement().getCommercialTerms().getNoticeGivenOn() == null;
    }

    public boolean isRenewalRecordable() {
        return inForce() && getAgreement().getCommercialTerms().getRenewal() == RenewalKind.EXPRESS;
    }

    public boolean isTerminable() {
        return editor() && status() != AgreementStatus.DRAFT && !status().isEnded();
    }

    public SupplierAgreement getAgreement() {
        return shown.record();
    }

    /**
     * SUP-7: the customer SLAs this agreement underpins, in the underpinning map or as the source of
     * one of its requirements (SUP-4), by reference; only those the user may read (X-4: a relationship
     * manager is not told about the SLAs of customers he does not look after).
     */
    public List<UnderpinnedSla> getUnderpinnedSlas() {
        if (underpinned == null && getAgreement() != null) {
            TreeSet<Long> ids = new TreeSet<>(alignments.slasUnderpinnedBy(id));
            getAgreement().getRequirements().stream()
                    .map(AgreementRequirement::getSlaReference)
                    .filter(Objects::nonNull)
                    .distinct()
                    .forEach(reference -> slas.idOf(reference).ifPresent(ids::add));
            underpinned = ids.stream()
                    .map(this::readable)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(UnderpinnedSla::reference))
                    .toList();
        }
        return underpinned == null ? List.of() : underpinned;
    }

    private Optional<UnderpinnedSla> readable(Long slaId) {
        try {
            ServiceLevelAgreement sla = slas.find(slaId);
            return Optional.of(new UnderpinnedSla(sla.getId(), sla.getReference(), sla.getTitle()));
        } catch (RecordNotFound outOfScope) {
            return Optional.empty();
        }
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    /** The PDF of this agreement in the user's language, served by {@link SupplierAgreementPdfServlet}. */
    public String getPdfUrl() {
        return SupplierAgreementPdfServlet.url(id, null);
    }

    /** The PDF in the other language of the two. */
    public String pdfUrl(String language) {
        return SupplierAgreementPdfServlet.url(id, language);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
