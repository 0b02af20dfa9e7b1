package org.sepakat.servicedata.entity;

import java.math.BigDecimal;
import org.sepakat.shared.entity.Period;

/** A KPI value as received, for an SLA (by id), one of its measures and a period (a quarter by its first month). */
public record KpiFacts(Long agreementId, String measureName, Period period, BigDecimal value, String note) {
}
