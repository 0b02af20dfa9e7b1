package org.sepakat.servicelevel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.sepakat.shared.entity.InvalidInput;

/**
 * One service level target (SLM-3): what is measured, how it compares with the threshold, over
 * which period and in which service hours. The rules of each kind of metric are checked here.
 */
@Embeddable
public class ServiceLevelTarget {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(name = "target_name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TargetMetric metric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Comparison comparison;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal threshold;

    @Column(length = 30)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "measurement_period", nullable = false, length = 10)
    private MeasurementPeriod period;

    @Column(name = "calendar_code", length = 30)
    private String calendarCode;

    @Column(length = 20)
    private String priority;

    @Column(name = "within_hours", precision = 19, scale = 4)
    private BigDecimal withinHours;

    protected ServiceLevelTarget() {
    }

    public ServiceLevelTarget(String name, TargetMetric metric, Comparison comparison, BigDecimal threshold, String unit,
            MeasurementPeriod period, String calendarCode, String priority, BigDecimal withinHours) {
        this.name = Objects.requireNonNull(name);
        this.metric = Objects.requireNonNull(metric);
        this.comparison = Objects.requireNonNull(comparison);
        this.threshold = Objects.requireNonNull(threshold);
        this.period = Objects.requireNonNull(period);
        this.calendarCode = blankToNull(calendarCode);
        this.priority = blankToNull(priority);
        this.withinHours = withinHours;
        this.unit = metric == TargetMetric.CUSTOM_KPI ? blankToNull(unit) : "%";
        check();
    }

    private void check() {
        switch (metric) {
            case AVAILABILITY -> {
                requirePercentage();
                if (comparison != Comparison.AT_LEAST) {
                    throw refuse("comparison", "error.target.availabilityAtLeast");
                }
                if (calendarCode == null) {
                    throw refuse("calendarCode", "error.target.calendarRequired");
                }
            }
            case RESPONSE_TIME, RESOLUTION_TIME -> {
                requirePercentage();
                if (comparison != Comparison.AT_LEAST) {
                    throw refuse("comparison", "error.target.shareAtLeast");
                }
                if (withinHours == null || withinHours.signum() <= 0) {
                    throw refuse("withinHours", "error.target.durationPositive");
                }
                if (priority == null) {
                    throw refuse("priority", "error.target.priorityRequired");
                }
            }
            case CUSTOM_KPI -> {
                if (unit == null) {
                    throw refuse("unit", "error.target.unitRequired");
                }
                withinHours = null;
            }
            default -> throw new IllegalStateException(metric.name());
        }
    }

    private void requirePercentage() {
        if (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0) {
            throw refuse("threshold", "error.target.percentage");
        }
    }

    private InvalidInput refuse(String field, String key) {
        return InvalidInput.of(field, key, name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getName() {
        return name;
    }

    public TargetMetric getMetric() {
        return metric;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getUnit() {
        return unit;
    }

    public MeasurementPeriod getPeriod() {
        return period;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public String getPriority() {
        return priority;
    }

    public BigDecimal getWithinHours() {
        return withinHours;
    }

    /** One line for documents, versions and the history. */
    public String describe() {
        StringBuilder line = new StringBuilder(metric.name()).append(' ');
        if (metric.isTicketShare()) {
            line.append(priority).append(" within ").append(withinHours.stripTrailingZeros().toPlainString()).append(" h ");
        }
        line.append(comparison.symbol()).append(' ').append(threshold.stripTrailingZeros().toPlainString()).append(' ').append(unit)
                .append(" per ").append(period);
        if (calendarCode != null) {
            line.append(", calendar ").append(calendarCode);
        }
        return line.toString();
    }
}
