package org.sepakat.supplier.entity;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * SUP-2: who signs a supplier agreement for the provider (a member of staff) and for the supplier
 * (one of its contacts), the month the version takes effect (none: the month after the signing),
 * and the record version read.
 */
public record SigningData(
        @NotNull(message = "{sepakat.providerApprover.required}")
        Long providerStaffId,

        @NotNull(message = "{sepakat.supplierApprover.required}")
        Long supplierContactId,

        YearMonth effectiveFrom,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
