package org.sepakat.risk.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * How a risk is treated: its likelihood and impact as assessed, the treatment, its plan and review
 * date (mitigate, transfer, avoid) or the reason it is accepted, and the version of the risk read.
 */
public record TreatmentData(
        @NotNull(message = "{sepakat.risk.likelihood.required}")
        RiskLevel likelihood,

        @NotNull(message = "{sepakat.risk.impact.required}") RiskLevel impact,

        @NotNull(message = "{sepakat.risk.treatment.required}")
        RiskTreatment treatment,

        @Size(max = Risk.TEXT_MAX, message = "{sepakat.risk.plan.size}")
        String plan,

        LocalDate reviewOn,

        @Size(max = Risk.TEXT_MAX, message = "{sepakat.risk.acceptanceReason.size}")
        String acceptanceReason,

        @NotNull(message = "{sepakat.version.required}") Long version) {}
