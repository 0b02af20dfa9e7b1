package org.sepakat.servicedata.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A KPI value as received, for an SLA (by id), one of its measures and the period starting on {@code periodStart}. */
public record KpiFacts(Long agreementId, String measureName, LocalDate periodStart, BigDecimal value, String note) {
}
