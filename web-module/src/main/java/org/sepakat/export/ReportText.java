package org.sepakat.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.sepakat.common.Messages;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.TargetResult;

/** A period report's lines worded in one language, the same on the page, in the PDF and the workbook. */
public final class ReportText {

    private final Locale locale;

    public ReportText(Locale locale) {
        this.locale = locale;
    }

    public String label(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    public String label(Enum<?> constant) {
        return constant == null
                ? ""
                : label("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** A constant stored as text on a report line (metric, comparison), labelled like its enum. */
    public String label(String enumType, String constant) {
        return constant == null ? "" : label("enum." + enumType + "." + constant);
    }

    public String[] labels(String... keys) {
        String[] labels = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            labels[i] = label(keys[i]);
        }
        return labels;
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

    /** "October 2026" / "Oktober 2026" */
    public String period(LocalDate periodStart) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(periodStart);
    }

    public String date(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }

    /** The span a line measured; its end is exclusive, so the last day shown is the one before. */
    public String span(LocalDate from, LocalDate toExclusive) {
        return date(from) + " – " + date(toExclusive.minusDays(1));
    }

    public String moment(Instant at, String zone) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(ZoneId.of(zone))
                        .format(at);
    }

    /** TICKETS, SECONDS: worded when the bundle knows the unit, else as stored. */
    public String unit(String unit) {
        String key = "report.unit." + unit;
        String worded = label(key);
        return worded.equals(key) ? unit : worded;
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public static String percent(BigDecimal value) {
        return value == null ? "–" : number(value.setScale(2, java.math.RoundingMode.HALF_UP)) + " %";
    }
}
