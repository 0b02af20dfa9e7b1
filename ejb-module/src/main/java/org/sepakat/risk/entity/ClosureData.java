package org.sepakat.risk.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closes a risk: the evidence that it is dealt with, and the version of the risk read. */
public record ClosureData(
        @NotBlank(message = "{sepakat.risk.evidence.required}")
        @Size(max = Risk.TEXT_MAX, message = "{sepakat.risk.evidence.size}")
        String evidence,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
