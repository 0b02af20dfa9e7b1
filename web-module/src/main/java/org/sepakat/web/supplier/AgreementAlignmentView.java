package org.sepakat.web.supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.supplier.boundary.Alignments;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.SlaAlignment;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/** SUP-7: the SLAs a supplier agreement underpins, with the verdicts on its targets (read-only). */
@Named
@RequestScoped
public class AgreementAlignmentView {

    @Inject
    Alignments alignments;

    @Inject
    SupplierAgreements agreements;

    @Inject
    UserSession userSession;

    private Long id;
    private String reference;
    private List<SlaAlignment> tables = List.of();

    public void load() {
        try {
            reference = agreements.find(id).getReference();
            tables = alignments.ofAgreement(id, userSession.getLocale());
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public List<SlaAlignment> getTables() {
        return tables;
    }
}
