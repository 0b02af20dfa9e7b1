package org.sepakat.shared.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.NoResponseRule;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.TargetTerm;

public record TargetData(
        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @NotNull(message = "{sepakat.metric.required}") TargetMetric metric,
        @NotNull(message = "{sepakat.comparison.required}") Comparison comparison,
        @NotNull(message = "{sepakat.threshold.required}") BigDecimal threshold,
        @Size(max = 30, message = "{sepakat.unit.size}") String unit,
        @NotNull(message = "{sepakat.period.required}") MeasurementPeriod period,
        @Size(max = 30, message = "{sepakat.code.size}") String calendarCode,
        @Size(max = 20, message = "{sepakat.priority.size}") String priority,
        BigDecimal withinHours,
        AvailabilityScope availabilityScope,
        NoResponseRule noResponse) {

    public AgreementTarget toTarget() {
        return AgreementTarget.of(new TargetTerm(
                name.trim(),
                metric,
                comparison,
                threshold,
                unit,
                period,
                calendarCode,
                priority,
                withinHours,
                availabilityScope,
                noResponse));
    }
}
