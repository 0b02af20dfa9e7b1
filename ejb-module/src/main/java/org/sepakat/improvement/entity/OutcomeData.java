package org.sepakat.improvement.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Marks an improvement done: what was achieved, and the version of the record that was read. */
public record OutcomeData(
        @NotBlank(message = "{sepakat.outcome.required}")
        @Size(max = ImprovementOpportunity.TEXT_MAX, message = "{sepakat.outcome.size}")
        String outcome,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
