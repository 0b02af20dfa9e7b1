package org.sepakat.servicelevel.entity;

import jakarta.validation.constraints.NotNull;

/** SLM-1: who signs for the provider (a member of staff) and for the customer (one of its contacts). */
public record AgreementData(
        @NotNull(message = "{sepakat.providerApprover.required}")
        Long providerStaffId,

        @NotNull(message = "{sepakat.customerApprover.required}")
        Long customerContactId,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
