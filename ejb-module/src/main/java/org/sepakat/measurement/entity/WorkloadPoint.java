package org.sepakat.measurement.entity;

import java.math.BigDecimal;
import org.sepakat.shared.entity.Period;

/** One workload limit in one period, for a chart of workload against its limit (SLM-7). */
public record WorkloadPoint(Period period, String limit, long maximum, BigDecimal actual) {}
