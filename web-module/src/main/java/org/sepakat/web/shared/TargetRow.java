package org.sepakat.web.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.NoResponseRule;
import org.sepakat.shared.terms.TargetMetric;

/** One editable line of an agreement's targets table: an SLA's (SLM-3) or a supplier agreement's (SUP-5). */
public class TargetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private TargetMetric metric = TargetMetric.AVAILABILITY;
    private Comparison comparison = Comparison.AT_LEAST;
    private BigDecimal threshold;
    private String unit;
    private MeasurementPeriod period = MeasurementPeriod.MONTH;
    private String calendarCode;
    private String priority;
    private BigDecimal withinHours;
    private AvailabilityScope availabilityScope = AvailabilityScope.PER_SERVICE;
    private NoResponseRule noResponse = NoResponseRule.RESOLUTION_COUNTS;

    public static TargetRow of(AgreementTarget target) {
        TargetRow row = new TargetRow();
        row.name = target.getName();
        row.metric = target.getMetric();
        row.comparison = target.getComparison();
        row.threshold = plain(target.getThreshold());
        row.unit = target.getUnit();
        row.period = target.getPeriod();
        row.calendarCode = target.getCalendarCode();
        row.priority = target.getPriority();
        row.withinHours = plain(target.getWithinHours());
        if (target.getAvailabilityScope() != null) {
            row.availabilityScope = target.getAvailabilityScope();
        }
        if (target.getNoResponse() != null) {
            row.noResponse = target.getNoResponse();
        }
        return row;
    }

    /** 90.0000 as stored shows as 90, not 9E+1. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    public TargetData toData() {
        return new TargetData(
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

    public AvailabilityScope getAvailabilityScope() {
        return availabilityScope;
    }

    public void setAvailabilityScope(AvailabilityScope availabilityScope) {
        this.availabilityScope = availabilityScope;
    }

    public NoResponseRule getNoResponse() {
        return noResponse;
    }

    public void setNoResponse(NoResponseRule noResponse) {
        this.noResponse = noResponse;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TargetMetric getMetric() {
        return metric;
    }

    public void setMetric(TargetMetric metric) {
        this.metric = metric;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public void setComparison(Comparison comparison) {
        this.comparison = comparison;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public MeasurementPeriod getPeriod() {
        return period;
    }

    public void setPeriod(MeasurementPeriod period) {
        this.period = period;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public void setCalendarCode(String calendarCode) {
        this.calendarCode = calendarCode;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public BigDecimal getWithinHours() {
        return withinHours;
    }

    public void setWithinHours(BigDecimal withinHours) {
        this.withinHours = withinHours;
    }
}
