package org.sepakat.measurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a report left out of a target's measurement and why (SLM-5): e.g. 3 tickets of an excluded
 * category, 7,200 seconds of maintenance window, a target suspended because a limit was exceeded.
 */
@Embeddable
public class Exclusion {

    @Column(name = "applies_to", nullable = false, length = 240)
    private String appliesTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ExclusionReason reason;

    @Column(length = 1000)
    private String detail;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    /** TICKETS or SECONDS. */
    @Column(name = "amount_unit", nullable = false, length = 20)
    private String amountUnit;

    protected Exclusion() {}

    public Exclusion(String appliesTo, ExclusionReason reason, String detail, BigDecimal amount, String amountUnit) {
        this.appliesTo = Objects.requireNonNull(appliesTo);
        this.reason = Objects.requireNonNull(reason);
        this.detail = detail;
        this.amount = Objects.requireNonNull(amount);
        this.amountUnit = Objects.requireNonNull(amountUnit);
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public ExclusionReason getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getAmountUnit() {
        return amountUnit;
    }
}
