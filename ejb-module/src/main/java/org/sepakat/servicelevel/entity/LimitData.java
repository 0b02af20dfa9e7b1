package org.sepakat.servicelevel.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.WorkloadMetric;

public record LimitData(
        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @NotNull(message = "{sepakat.metric.required}") WorkloadMetric metric,

        @Size(max = 60, message = "{sepakat.ticketKind.size}")
        String ticketKind,

        @NotNull(message = "{sepakat.maximum.required}") @Positive(message = "{sepakat.maximum.positive}")
        Long maximum,

        @NotNull(message = "{sepakat.period.required}") MeasurementPeriod period,
        @NotNull(message = "{sepakat.overLimit.required}") OverLimitRule overLimit) {

    public WorkloadLimit toLimit() {
        return new WorkloadLimit(name.trim(), metric, ticketKind, maximum, period, overLimit);
    }
}
