package org.sepakat.measurement.control;

import java.time.LocalDate;
import java.time.ZoneId;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.terms.MeasurementPeriod;

/**
 * What a target or limit is measured over in the report of one month: [from, to) as dates and as
 * epoch seconds in the SLA's zone. A quarter is measured only in its last month, over the quarter.
 */
public record Span(LocalDate from, LocalDate to, long fromSecond, long toSecond) {

    public static Span of(LocalDate from, LocalDate to, ZoneId zone) {
        return new Span(
                from,
                to,
                from.atStartOfDay(zone).toEpochSecond(),
                to.atStartOfDay(zone).toEpochSecond());
    }

    public static Span month(Period month, ZoneId zone) {
        return of(month.firstDay(), month.nextFirstDay(), zone);
    }

    /** The span of a measurement period in the report of {@code month}; null when it is not due that month. */
    public static Span due(MeasurementPeriod period, Period month, ZoneId zone) {
        if (period == MeasurementPeriod.MONTH) {
            return month(month, zone);
        }
        if (!month.isQuarterEnd()) {
            return null;
        }
        return of(month.quarterStart().firstDay(), month.nextFirstDay(), zone);
    }

    /** The span just before this one, of the same length in months. */
    public Span previous(ZoneId zone) {
        int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
        return of(from.minusMonths(months), from, zone);
    }
}
