package org.sepakat.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.TargetResult;

/** A period report's lines worded in one language, the same on the page, in the PDF and the workbook. */
public final class ReportText extends DocumentText {

    public ReportText(Locale locale) {
        super(locale);
    }

    /** A constant stored as text on a report line (metric, comparison), labelled like its enum. */
    public String label(String enumType, String constant) {
        return constant == null ? "" : label("enum." + enumType + "." + constant);
    }

    /** e.g. "at least 99.5 %" */
    public String level(TargetResult target) {
        return (label("Comparison", target.getComparison()) + " " + number(target.getThreshold()) + " "
                        + (target.getUnit() == null ? "" : target.getUnit()))
                .strip();
    }

    public String metric(TargetResult target) {
        return label("TargetMetric", target.getMetric());
    }

    public String metric(LimitResult limit) {
        return label("WorkloadMetric", limit.getMetric());
    }

    /**
     * A limit's previous figure, as the report page shows it: "previous: 96", or with a restatement where
     * today's recount differs from the stored report's, "previous: 96 (reported), now 98"; empty without one.
     */
    public String previous(LimitResult limit) {
        if (limit.getPreviousActual() == null && limit.getPreviousRestated() == null) {
            return "";
        }
        String reported = limit.getPreviousActual() == null ? "–" : number(limit.getPreviousActual());
        return limit.getPreviousRestated() == null
                ? label("report.limit.previous", reported)
                : label("report.limit.restated", reported, number(limit.getPreviousRestated()));
    }

    /** "October 2026" / "Oktober 2026" */
    public String period(LocalDate periodStart) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(periodStart);
    }

    /** The span a line measured; its end is exclusive, so the last day shown is the one before. */
    public String span(LocalDate from, LocalDate toExclusive) {
        return date(from) + " – " + date(toExclusive.minusDays(1));
    }

    /** TICKETS, SECONDS: worded when the bundle knows the unit, else as stored. */
    public String unit(String unit) {
        String key = "report.unit." + unit;
        String worded = label(key);
        return worded.equals(key) ? unit : worded;
    }
}
