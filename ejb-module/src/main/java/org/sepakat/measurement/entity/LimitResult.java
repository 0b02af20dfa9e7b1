package org.sepakat.measurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One workload limit in a period report (SLM-4): the actual workload, its share of the limit (%)
 * and the change (%) from the previous period's actual.
 */
@Embeddable
public class LimitResult {

    @Column(name = "limit_name", nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 20)
    private String metric;

    @Column(name = "maximum_per_period", nullable = false)
    private long maximum;

    @Column(name = "over_limit", nullable = false, length = 20)
    private String overLimit;

    @Column(name = "measured_from", nullable = false)
    private LocalDate measuredFrom;

    @Column(name = "measured_to", nullable = false)
    private LocalDate measuredTo;

    @Column(precision = 19, scale = 4)
    private BigDecimal actual;

    @Column(name = "share_of_limit", precision = 19, scale = 4)
    private BigDecimal shareOfLimit;

    @Column(name = "previous_actual", precision = 19, scale = 4)
    private BigDecimal previousActual;

    @Column(name = "change_percent", precision = 19, scale = 4)
    private BigDecimal changePercent;

    /** Today's recomputation of the previous figure where it differs from the stored report's (changelog 021). */
    @Column(name = "previous_restated", precision = 19, scale = 4)
    private BigDecimal previousRestated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LimitOutcome outcome;

    protected LimitResult() {}

    public LimitResult(
            String name,
            String metric,
            long maximum,
            String overLimit,
            LocalDate measuredFrom,
            LocalDate measuredTo,
            BigDecimal actual,
            BigDecimal shareOfLimit,
            BigDecimal previousActual,
            BigDecimal changePercent,
            LimitOutcome outcome) {
        this(
                name,
                metric,
                maximum,
                overLimit,
                measuredFrom,
                measuredTo,
                actual,
                shareOfLimit,
                previousActual,
                changePercent,
                outcome,
                null);
    }

    public LimitResult(
            String name,
            String metric,
            long maximum,
            String overLimit,
            LocalDate measuredFrom,
            LocalDate measuredTo,
            BigDecimal actual,
            BigDecimal shareOfLimit,
            BigDecimal previousActual,
            BigDecimal changePercent,
            LimitOutcome outcome,
            BigDecimal previousRestated) {
        this.name = Objects.requireNonNull(name);
        this.metric = Objects.requireNonNull(metric);
        this.maximum = maximum;
        this.overLimit = Objects.requireNonNull(overLimit);
        this.measuredFrom = Objects.requireNonNull(measuredFrom);
        this.measuredTo = Objects.requireNonNull(measuredTo);
        this.actual = actual;
        this.shareOfLimit = shareOfLimit;
        this.previousActual = previousActual;
        this.changePercent = changePercent;
        this.outcome = Objects.requireNonNull(outcome);
        this.previousRestated = previousRestated;
    }

    public String getName() {
        return name;
    }

    public String getMetric() {
        return metric;
    }

    public long getMaximum() {
        return maximum;
    }

    public String getOverLimit() {
        return overLimit;
    }

    public LocalDate getMeasuredFrom() {
        return measuredFrom;
    }

    public LocalDate getMeasuredTo() {
        return measuredTo;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public BigDecimal getShareOfLimit() {
        return shareOfLimit;
    }

    public BigDecimal getPreviousActual() {
        return previousActual;
    }

    public BigDecimal getChangePercent() {
        return changePercent;
    }

    /** The previous figure recomputed today where it differs from the stored report's; null when it does not. */
    public BigDecimal getPreviousRestated() {
        return previousRestated;
    }

    public LimitOutcome getOutcome() {
        return outcome;
    }
}
