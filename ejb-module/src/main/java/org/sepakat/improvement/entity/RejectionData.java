package org.sepakat.improvement.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Rejects an improvement: why it will not be done, and the version of the record that was read. */
public record RejectionData(
        @NotBlank(message = "{sepakat.reason.required}")
        @Size(max = ImprovementOpportunity.TEXT_MAX, message = "{sepakat.reason.size}")
        String reason,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
