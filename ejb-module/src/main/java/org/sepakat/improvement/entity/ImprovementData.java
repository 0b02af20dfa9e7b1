package org.sepakat.improvement.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a user enters for an improvement opportunity; {@code version} is the one they read (null
 * when creating). The source is fixed once recorded: a change sends the stored one back.
 */
public record ImprovementData(
        @NotBlank(message = "{sepakat.title.required}") @Size(max = 200, message = "{sepakat.title.size}")
        String title,

        @NotBlank(message = "{sepakat.description.required}")
        @Size(max = ImprovementOpportunity.TEXT_MAX, message = "{sepakat.description.size}")
        String description,

        @NotNull(message = "{sepakat.sourceKind.required}") SourceKind sourceKind,

        @Size(max = 200, message = "{sepakat.sourceReference.size}")
        String sourceReference,

        @Size(max = 60, message = "{sepakat.sourceRecordType.size}")
        String sourceRecordType,

        Long sourceRecordId,

        @NotBlank(message = "{sepakat.owner.required}") @Size(max = 100, message = "{sepakat.owner.size}")
        String owner,

        @NotNull(message = "{sepakat.dueOn.required}") LocalDate dueOn,
        @NotNull(message = "{sepakat.priority.required}") ImprovementPriority priority,
        Long version) {}
