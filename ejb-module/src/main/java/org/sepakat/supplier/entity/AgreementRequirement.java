package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A requirement the supplier must meet (SUP-4), traced, where one applies, to the customer SLA whose
 * documented service requirements it comes from (by the SLA's reference).
 */
@Embeddable
public class AgreementRequirement {

    @Column(name = "requirement_text", nullable = false, length = 1000)
    private String text;

    @Column(name = "sla_reference", length = 40)
    private String slaReference;

    protected AgreementRequirement() {}

    public AgreementRequirement(String text, String slaReference) {
        this.text = Objects.requireNonNull(text).trim();
        this.slaReference = slaReference == null || slaReference.isBlank() ? null : slaReference.trim();
    }

    public String getText() {
        return text;
    }

    /** The SLA whose documented requirements this one is traced to; null when none applies. */
    public String getSlaReference() {
        return slaReference;
    }

    /** One line for documents, versions and the history. */
    public String describe() {
        return slaReference == null ? text : text + " [" + slaReference + "]";
    }
}
