package org.sepakat.shared.terms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One target as agreed (SLM-3): what is measured, compared how with the threshold, over which
 * period; the calendar of its service hours (availability, or business hours of a ticket share;
 * none: 24×7), and for ticket shares the priority and the hours allowed. An availability target
 * says whether its services are reported one by one or pooled ({@code availabilityScope}, per
 * service when not said); a response target what a ticket resolved with no first response counts
 * as ({@code noResponse}, its resolution when not said). Neither applies to other metrics (null).
 */
public record TargetTerm(
        String name,
        TargetMetric metric,
        Comparison comparison,
        BigDecimal threshold,
        String unit,
        MeasurementPeriod period,
        String calendarCode,
        String priority,
        BigDecimal withinHours,
        AvailabilityScope availabilityScope,
        NoResponseRule noResponse) {

    private static final String PERCENT = "%";

    public TargetTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(period, "period");
        availabilityScope = metric == TargetMetric.AVAILABILITY
                ? Objects.requireNonNullElse(availabilityScope, AvailabilityScope.PER_SERVICE)
                : null;
        noResponse = metric == TargetMetric.RESPONSE_TIME
                ? Objects.requireNonNullElse(noResponse, NoResponseRule.RESOLUTION_COUNTS)
                : null;
    }

    /** A target with the default options of its metric (per service; the resolution counts as the response). */
    public TargetTerm(
            String name,
            TargetMetric metric,
            Comparison comparison,
            BigDecimal threshold,
            String unit,
            MeasurementPeriod period,
            String calendarCode,
            String priority,
            BigDecimal withinHours) {
        this(name, metric, comparison, threshold, unit, period, calendarCode, priority, withinHours, null, null);
    }

    /** The same target with these options (null: the default of its metric). */
    public TargetTerm withOptions(AvailabilityScope scope, NoResponseRule rule) {
        return new TargetTerm(
                name, metric, comparison, threshold, unit, period, calendarCode, priority, withinHours, scope, rule);
    }

    /** Whether an availability target reports one pooled line rather than a line per covered service. */
    public boolean isPooled() {
        return availabilityScope == AvailabilityScope.POOLED;
    }

    /** Whether a response target counts a ticket resolved with no first response as a missed response. */
    public boolean missesWithoutResponse() {
        return noResponse == NoResponseRule.MISSED;
    }

    /** Availability at least {@code percent} % of the service hours of {@code calendarCode} (null: 24×7). */
    public static TargetTerm availability(
            String name, String calendarCode, BigDecimal percent, MeasurementPeriod period) {
        return new TargetTerm(
                name,
                TargetMetric.AVAILABILITY,
                Comparison.AT_LEAST,
                percent,
                PERCENT,
                period,
                calendarCode,
                null,
                null);
    }

    /** At least {@code percent} % of the tickets of {@code priority} first answered within {@code hours} business hours. */
    public static TargetTerm response(
            String name,
            String priority,
            BigDecimal hours,
            BigDecimal percent,
            MeasurementPeriod period,
            String calendarCode) {
        return new TargetTerm(
                name,
                TargetMetric.RESPONSE_TIME,
                Comparison.AT_LEAST,
                percent,
                PERCENT,
                period,
                calendarCode,
                priority,
                hours);
    }

    /** At least {@code percent} % of the tickets of {@code priority} resolved within {@code hours} business hours. */
    public static TargetTerm resolution(
            String name,
            String priority,
            BigDecimal hours,
            BigDecimal percent,
            MeasurementPeriod period,
            String calendarCode) {
        return new TargetTerm(
                name,
                TargetMetric.RESOLUTION_TIME,
                Comparison.AT_LEAST,
                percent,
                PERCENT,
                period,
                calendarCode,
                priority,
                hours);
    }

    /** A value per period in {@code unit}, delivered under the target's name, held against {@code threshold}. */
    public static TargetTerm kpi(
            String name, Comparison comparison, BigDecimal threshold, String unit, MeasurementPeriod period) {
        return new TargetTerm(name, TargetMetric.CUSTOM_KPI, comparison, threshold, unit, period, null, null, null);
    }

    /** One line for documents, versions and the history. */
    public String describe() {
        StringBuilder line = new StringBuilder(metric.name()).append(' ');
        if (metric.isTicketShare()) {
            line.append(priority)
                    .append(" within ")
                    .append(withinHours.stripTrailingZeros().toPlainString())
                    .append(" h ");
        }
        line.append(comparison.symbol())
                .append(' ')
                .append(threshold.stripTrailingZeros().toPlainString())
                .append(' ')
                .append(unit)
                .append(" per ")
                .append(period);
        if (calendarCode != null) {
            line.append(", calendar ").append(calendarCode);
        } else if (metric == TargetMetric.AVAILABILITY) {
            line.append(", 24x7");
        }
        if (isPooled()) {
            line.append(", services pooled");
        }
        if (missesWithoutResponse()) {
            line.append(", no first response: missed");
        }
        return line.toString();
    }
}
