package org.sepakat.measurement.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The outcome of reviewing a period report with the customer (SLM-6, SLM-7): accepted or
 * disputed, what was said, what was agreed to do, and the version of the report that was read.
 */
public record ReviewOutcomeData(
        @NotNull(message = "{sepakat.reviewState.required}") ReviewState state,

        @Size(max = PeriodReport.TEXT_MAX, message = "{sepakat.reviewComments.size}")
        String comments,

        @Size(max = PeriodReport.TEXT_MAX, message = "{sepakat.reviewActions.size}")
        String actions,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
