package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** SUP-7: one supplier-agreement target that underpins one target of a customer SLA. */
@Embeddable
public class Underpinning {

    @Column(name = "sla_target", nullable = false, length = 200)
    private String slaTarget;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "supplier_target", nullable = false, length = 200)
    private String supplierTarget;

    protected Underpinning() {}

    public Underpinning(String slaTarget, Long agreementId, String supplierTarget) {
        this.slaTarget = Objects.requireNonNull(slaTarget, "slaTarget");
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.supplierTarget = Objects.requireNonNull(supplierTarget, "supplierTarget");
    }

    public String getSlaTarget() {
        return slaTarget;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getSupplierTarget() {
        return supplierTarget;
    }

    /** What underpins the SLA target, for the history: "agreement reference / supplier target". */
    String describe(String agreementReference) {
        return agreementReference + " / " + supplierTarget;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Underpinning u
                && slaTarget.equals(u.slaTarget)
                && agreementId.equals(u.agreementId)
                && supplierTarget.equals(u.supplierTarget);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slaTarget, agreementId, supplierTarget);
    }
}
