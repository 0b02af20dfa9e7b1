package org.sepakat.measurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One target in a period report: the target as agreed, the span measured, the attained value and
 * whether it was met. {@code counted} is what the attained value was computed over (tickets, or
 * seconds of service time for availability) and {@code withinTarget} the part of it that was good.
 */
@Embeddable
public class TargetResult {

    @Column(name = "target_name", nullable = false, length = 240)
    private String name;

    @Column(nullable = false, length = 20)
    private String metric;

    @Column(nullable = false, length = 10)
    private String comparison;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal threshold;

    @Column(length = 30)
    private String unit;

    @Column(name = "measured_from", nullable = false)
    private LocalDate measuredFrom;

    /** Exclusive. */
    @Column(name = "measured_to", nullable = false)
    private LocalDate measuredTo;

    @Column(precision = 19, scale = 4)
    private BigDecimal attained;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TargetOutcome outcome;

    @Column(nullable = false)
    private long counted;

    @Column(name = "within_target", nullable = false)
    private long withinTarget;

    protected TargetResult() {}

    public TargetResult(
            String name,
            String metric,
            String comparison,
            BigDecimal threshold,
            String unit,
            LocalDate measuredFrom,
            LocalDate measuredTo,
            BigDecimal attained,
            TargetOutcome outcome,
            long counted,
            long withinTarget) {
        this.name = Objects.requireNonNull(name);
        this.metric = Objects.requireNonNull(metric);
        this.comparison = Objects.requireNonNull(comparison);
        this.threshold = Objects.requireNonNull(threshold);
        this.unit = unit;
        this.measuredFrom = Objects.requireNonNull(measuredFrom);
        this.measuredTo = Objects.requireNonNull(measuredTo);
        this.attained = attained;
        this.outcome = Objects.requireNonNull(outcome);
        this.counted = counted;
        this.withinTarget = withinTarget;
    }

    public String getName() {
        return name;
    }

    public String getMetric() {
        return metric;
    }

    public String getComparison() {
        return comparison;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getMeasuredFrom() {
        return measuredFrom;
    }

    public LocalDate getMeasuredTo() {
        return measuredTo;
    }

    public BigDecimal getAttained() {
        return attained;
    }

    public TargetOutcome getOutcome() {
        return outcome;
    }

    public long getCounted() {
        return counted;
    }

    public long getWithinTarget() {
        return withinTarget;
    }
}
