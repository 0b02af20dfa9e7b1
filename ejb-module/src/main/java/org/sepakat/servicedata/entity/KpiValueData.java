package org.sepakat.servicedata.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A KPI value for one SLA (by reference), one of its measures (a custom KPI target's or a
 * workload limit's name) and one period ("2026-10", or its first day). The external id may be
 * left out: the SLA, measure and period identify the value.
 */
public record KpiValueData(
        @Size(max = 100, message = "{sepakat.serviceData.externalId.size}")
        String externalId,

        @NotBlank(message = "{sepakat.serviceData.sla.required}")
        String sla,

        @NotBlank(message = "{sepakat.serviceData.measure.required}")
        @Size(max = 200, message = "{sepakat.serviceData.measure.size}")
        String measure,

        @NotBlank(message = "{sepakat.serviceData.period.required}")
        String period,

        @NotNull(message = "{sepakat.serviceData.value.required}")
        BigDecimal value,

        @Size(max = 1000, message = "{sepakat.serviceData.note.size}")
        String note)
        implements Serializable {}
