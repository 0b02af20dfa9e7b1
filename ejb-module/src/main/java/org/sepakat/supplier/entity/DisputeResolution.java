package org.sepakat.supplier.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Resolves a dispute (SUP-12): the outcome, what was agreed, and the version of the dispute read. */
public record DisputeResolution(
        @NotNull(message = "{sepakat.dispute.outcome.required}")
        DisputeOutcome outcome,

        @NotBlank(message = "{sepakat.dispute.resolution.required}")
        @Size(max = SupplierDispute.TEXT_MAX, message = "{sepakat.dispute.resolution.size}")
        String resolution,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
