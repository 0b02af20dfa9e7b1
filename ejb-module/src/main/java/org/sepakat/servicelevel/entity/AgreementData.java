package org.sepakat.servicelevel.entity;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * SLM-1: who signs for the provider (a member of staff) and for the customer (one of its contacts),
 * and the month the version takes effect (none: the month after the agreement; README, "How a period
 * is measured").
 */
public record AgreementData(
        @NotNull(message = "{sepakat.providerApprover.required}")
        Long providerStaffId,

        @NotNull(message = "{sepakat.customerApprover.required}")
        Long customerContactId,

        @NotNull(message = "{sepakat.version.required}") Long version,

        YearMonth effectiveFrom) {

    /** Signed by these two, taking effect the month after the agreement. */
    public AgreementData(Long providerStaffId, Long customerContactId, Long version) {
        this(providerStaffId, customerContactId, version, null);
    }
}
