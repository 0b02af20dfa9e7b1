package org.sepakat.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.NoResponseRule;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.TargetTerm;

/**
 * One service level target (SLM-3): what is measured, how it compares with the threshold, over
 * which period and in which service hours. The rules of each kind of metric are checked here.
 */
@Embeddable
public class AgreementTarget {

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

    /** Availability only: per service or pooled (changelog 022; null in rows stored before: per service). */
    @Enumerated(EnumType.STRING)
    @Column(name = "availability_scope", length = 12)
    private AvailabilityScope availabilityScope;

    /** Response time only: what a ticket resolved with no first response counts as (null before changelog 022: its resolution). */
    @Enumerated(EnumType.STRING)
    @Column(name = "no_response", length = 20)
    private NoResponseRule noResponse;

    protected AgreementTarget() {}

    private AgreementTarget(TargetTerm term) {
        this.name = Objects.requireNonNull(term.name());
        this.metric = Objects.requireNonNull(term.metric());
        this.comparison = Objects.requireNonNull(term.comparison());
        this.threshold = Objects.requireNonNull(term.threshold());
        this.period = Objects.requireNonNull(term.period());
        this.calendarCode = blankToNull(term.calendarCode());
        this.priority = blankToNull(term.priority());
        this.withinHours = term.withinHours();
        this.availabilityScope = term.availabilityScope();
        this.noResponse = term.noResponse();
        this.unit = metric == TargetMetric.CUSTOM_KPI ? blankToNull(term.unit()) : "%";
        check();
    }

    /** A target of any kind as entered or restored; the rules of its kind are checked. */
    public static AgreementTarget of(TargetTerm term) {
        return new AgreementTarget(term);
    }

    /** Availability at least {@code percent} % of the service hours of {@code calendarCode} (null: 24×7). */
    public static AgreementTarget availability(
            String name, String calendarCode, BigDecimal percent, MeasurementPeriod period) {
        return of(TargetTerm.availability(name, calendarCode, percent, period));
    }

    /** At least {@code percent} % of the tickets of {@code priority} first answered within {@code hours} business hours. */
    public static AgreementTarget response(
            String name,
            String priority,
            BigDecimal hours,
            BigDecimal percent,
            MeasurementPeriod period,
            String calendarCode) {
        return of(TargetTerm.response(name, priority, hours, percent, period, calendarCode));
    }

    /** At least {@code percent} % of the tickets of {@code priority} resolved within {@code hours} business hours. */
    public static AgreementTarget resolution(
            String name,
            String priority,
            BigDecimal hours,
            BigDecimal percent,
            MeasurementPeriod period,
            String calendarCode) {
        return of(TargetTerm.resolution(name, priority, hours, percent, period, calendarCode));
    }

    /** A value per period in {@code unit}, delivered for the target's name, held against {@code threshold}. */
    public static AgreementTarget kpi(
            String name, Comparison comparison, BigDecimal threshold, String unit, MeasurementPeriod period) {
        return of(TargetTerm.kpi(name, comparison, threshold, unit, period));
    }

    /** This target as the published terms read. */
    public TargetTerm term() {
        return new TargetTerm(
                name,
                metric,
                comparison,
                threshold,
                unit,
                period,
                calendarCode,
                priority,
                withinHours,
                availabilityScope,
                noResponse);
    }

    private void check() {
        switch (metric) {
            case AVAILABILITY -> {
                requirePercentage();
                if (comparison != Comparison.AT_LEAST) {
                    throw refuse("comparison", "error.target.availabilityAtLeast");
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

    /** Per service or pooled (availability; null otherwise). */
    public AvailabilityScope getAvailabilityScope() {
        return term().availabilityScope();
    }

    /** What a ticket resolved with no first response counts as (response time; null otherwise). */
    public NoResponseRule getNoResponse() {
        return term().noResponse();
    }

    /** One line for documents, versions and the history. */
    public String describe() {
        return term().describe();
    }
}
