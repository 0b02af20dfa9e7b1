package org.sepakat.measurement.entity;

import java.math.BigDecimal;
import org.sepakat.shared.entity.Period;

/**
 * One target in one period, for a chart of attainment over time (SLM-6); {@code attained} is
 * null where the period had no data.
 */
public record TargetPoint(Period period, String target, String comparison, BigDecimal threshold, BigDecimal attained) {}
