package org.sepakat.export;

import static org.sepakat.export.SpreadsheetText.neutraliseDelimited;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.sepakat.common.Durations;
import org.sepakat.common.Messages;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.TargetResult;

/**
 * A period report's target, limit and exclusion lines as one CSV table for other tools: one
 * row per line, the {@code section} column says which kind; stable English column names and
 * constants, numbers with a dot, dates ISO; {@code measured_until} is exclusive (the first day not
 * measured), as {@code measuredUntil} in the JSON (README, "How a period is measured"); {@code previous_restated} is a
 * limit's previous figure recomputed today where it differs from the stored {@code previous_actual}; the last columns
 * ({@code metric_label}, {@code outcome_label}, {@code reason_label}, {@code amount_text}) say the same for people, in
 * the language asked for (issue 12 §3). Every field is quoted and every piece of text between list
 * separators neutralised against formula injection, as Excel splits on the list separator of the
 * reader's regional settings (";" in Indonesia) whatever the file uses.
 */
@ApplicationScoped
public class ReportCsv {

    public static final List<String> HEADER = List.of(
            "agreement_reference",
            "period",
            "section",
            "name",
            "metric",
            "comparison",
            "threshold",
            "unit",
            "attained",
            "outcome",
            "maximum",
            "actual",
            "share_of_limit",
            "change_percent",
            "reason",
            "detail",
            "amount",
            "measured_from",
            "measured_until",
            "previous_actual",
            "previous_restated",
            "metric_label",
            "outcome_label",
            "reason_label",
            "amount_text");

    public byte[] csv(PeriodReport report) {
        return csv(report, Locale.ENGLISH);
    }

    /**
     * @param locale the language of the label columns ({@code *_label}, {@code amount_text}): what
     *     people read beside the codes other tools read (issue 12 §3); the other columns never change
     */
    public byte[] csv(PeriodReport report, Locale locale) {
        ReportText text = new ReportText(locale);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .setQuoteMode(QuoteMode.ALL)
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (TargetResult t : report.getTargets()) {
                printer.printRecord(row(
                        report,
                        "TARGET",
                        t.getName(),
                        t.getMetric(),
                        t.getComparison(),
                        t.getThreshold(),
                        t.getUnit(),
                        t.getAttained(),
                        t.getOutcome().name(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        t.getMeasuredFrom(),
                        t.getMeasuredTo(),
                        null,
                        null,
                        text.metric(t),
                        text.label(t.getOutcome()),
                        null,
                        null));
            }
            for (LimitResult l : report.getLimits()) {
                printer.printRecord(row(
                        report,
                        "LIMIT",
                        l.getName(),
                        l.getMetric(),
                        null,
                        null,
                        null,
                        null,
                        l.getOutcome().name(),
                        BigDecimal.valueOf(l.getMaximum()),
                        l.getActual(),
                        l.getShareOfLimit(),
                        l.getChangePercent(),
                        null,
                        null,
                        null,
                        l.getMeasuredFrom(),
                        l.getMeasuredTo(),
                        l.getPreviousActual(),
                        l.getPreviousRestated(),
                        text.metric(l),
                        text.label(l.getOutcome()),
                        null,
                        null));
            }
            for (Exclusion e : report.getExclusions()) {
                printer.printRecord(row(
                        report,
                        "EXCLUSION",
                        e.getAppliesTo(),
                        null,
                        null,
                        null,
                        e.getAmountUnit(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        e.getReason().name(),
                        e.getDetail(),
                        e.getAmount(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        text.label(e.getReason()),
                        amount(locale, e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An excluded amount as people read it: a duration as h:mm or days, tickets with their plural. */
    private static String amount(Locale locale, Exclusion exclusion) {
        if (exclusion.getAmount() == null) {
            return null;
        }
        if ("SECONDS".equals(exclusion.getAmountUnit())) {
            return Durations.of(locale, exclusion.getAmount());
        }
        String key = "report.count." + exclusion.getAmountUnit();
        String counted = Messages.text(locale, key, exclusion.getAmount());
        return counted.equals(key) ? exclusion.getAmount().stripTrailingZeros().toPlainString() : counted;
    }

    private static List<String> row(PeriodReport report, Object... values) {
        List<Object> all = new ArrayList<>(List.of(report.getAgreementReference(), report.getPeriodLabel()));
        all.addAll(Arrays.asList(values));
        return all.stream().map(ReportCsv::cell).toList();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return neutraliseDelimited(value.toString());
    }
}
