package org.sepakat.measurement.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One workload limit in one period, for a chart of workload against its limit (SLM-7). */
public record WorkloadPoint(LocalDate periodStart, String limit, long maximum, BigDecimal actual) {
}
