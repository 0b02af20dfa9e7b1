package org.sepakat.servicelevel.entity;

import java.time.LocalDate;

/** How often an SLA is reviewed with the customer. */
public enum ReviewCadence {
    MONTHLY(1),
    QUARTERLY(3),
    SEMI_ANNUAL(6),
    ANNUAL(12);

    private final int months;

    ReviewCadence(int months) {
        this.months = months;
    }

    public LocalDate after(LocalDate day) {
        return day.plusMonths(months);
    }
}
