package org.sepakat.supplier.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.YearMonth;
import java.util.Objects;
import org.sepakat.shared.entity.AgreedDocumentVersion;

/**
 * SUP-2: a supplier agreement exactly as both sides signed it, kept unchanged for ever; any two
 * versions of one agreement can be compared line by line.
 */
@Entity
@Table(name = "sup_agreed_version")
@AttributeOverride(
        name = "counterpartApprover",
        column = @Column(name = "supplier_approver", nullable = false, length = 200))
@NamedQuery(
        name = SupplierAgreedVersion.BY_AGREEMENT,
        query = "SELECT v FROM SupplierAgreedVersion v WHERE v.agreement = :agreement ORDER BY v.number")
@NamedQuery(
        name = SupplierAgreedVersion.BY_NUMBER,
        query = "SELECT v FROM SupplierAgreedVersion v WHERE v.agreement = :agreement AND v.number = :number")
public class SupplierAgreedVersion extends AgreedDocumentVersion {

    public static final String BY_AGREEMENT = "SupplierAgreedVersion.byAgreement";
    public static final String BY_NUMBER = "SupplierAgreedVersion.byNumber";

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private SupplierAgreement agreement;

    protected SupplierAgreedVersion() {}

    /** What {@code agreement} holds right after both sides signed it, in force from {@code effectiveFrom}. */
    public SupplierAgreedVersion(SupplierAgreement agreement, YearMonth effectiveFrom) {
        super(
                requireAgreed(agreement).getAgreedVersion(),
                agreement.content(),
                agreement.getProviderApprover(),
                agreement.getSupplierApprover(),
                agreement.getAgreedAt(),
                effectiveFrom);
        this.agreement = agreement;
    }

    private static SupplierAgreement requireAgreed(SupplierAgreement agreement) {
        if (Objects.requireNonNull(agreement).getStatus() != AgreementStatus.AGREED) {
            throw new IllegalStateException("only an agreed supplier agreement makes a version");
        }
        return agreement;
    }

    public SupplierAgreement getAgreement() {
        return agreement;
    }

    public String getSupplierApprover() {
        return counterpartApprover();
    }
}
