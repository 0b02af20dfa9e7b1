package org.sepakat.export;

import static org.sepakat.export.PdfLayout.BOLD;
import static org.sepakat.export.PdfLayout.TITLE;
import static org.sepakat.export.PdfLayout.add;
import static org.sepakat.export.PdfLayout.cells;
import static org.sepakat.export.PdfLayout.fact;
import static org.sepakat.export.PdfLayout.section;
import static org.sepakat.export.PdfLayout.table;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.party.boundary.StaffDirectory;

/**
 * A period report as the PDF sent to the customer (SLM-6, SLM-7), in English or Bahasa
 * Indonesia: the rating, every target against its threshold, every workload limit against its
 * maximum, what was excluded and why, and the outcome of the review.
 */
@ApplicationScoped
public class ReportDocument {

    @Inject
    StaffDirectory staff;

    /** The document, its reviewer named as staff know them. */
    public byte[] pdf(PeriodReport report, Locale locale) {
        return pdf(
                report,
                locale,
                report.getReviewedBy() == null ? Map.of() : staff.displayNames(List.of(report.getReviewedBy())));
    }

    /** {@code displayNames}: staff names by user name; a name staff do not know is shown as is. */
    public byte[] pdf(PeriodReport report, Locale locale, Map<String, String> displayNames) {
        ReportText text = new ReportText(locale);
        String period = text.period(report.getPeriodStart());
        byte[] pdf = PdfLayout.render(report.getAgreementReference() + " " + report.getPeriodLabel(), document -> {
            document.add(new Paragraph(text.label("report.doc.kind"), BOLD));
            document.add(new Paragraph(report.getAgreementTitle() + " · " + period, TITLE));
            PdfPTable facts = PdfLayout.facts();
            fact(facts, text.label("report.agreement"), report.getAgreementReference());
            fact(facts, text.label("report.customer"), report.getCustomerCode());
            fact(facts, text.label("report.period"), text.span(report.getPeriodStart(), report.getPeriodEnd()));
            fact(facts, text.label("report.agreedVersion"), String.valueOf(report.getAgreedVersion()));
            fact(facts, text.label("report.rating"), text.label(report.getRating()));
            fact(facts, text.label("report.reviewState"), text.label(report.getReviewState()));
            document.add(facts);
            targets(document, report, text);
            limits(document, report, text);
            exclusions(document, report, text);
            review(document, report, text, displayNames);
        });
        return PdfLayout.framed(
                pdf,
                text.label("report.doc.kind") + " · " + report.getAgreementReference() + " · " + period,
                text.label("doc.version", report.getAgreedVersion()),
                text);
    }

    /** "SLA-7-2026-10": the reference and period, safe as a file name (references may hold a slash). */
    public static String fileName(PeriodReport report) {
        return Download.fileName(report.getAgreementReference() + "-" + report.getPeriodLabel());
    }

    private static void targets(Document document, PeriodReport report, ReportText text) {
        section(document, text.label("report.targets"));
        PdfPTable table = table(text.labels(
                "report.target.name",
                "report.target.metric",
                "report.target.level",
                "report.target.attained",
                "report.outcome",
                "report.measured"));
        table.setWidths(new float[] {3, 2, 2.2f, 1.4f, 1.4f, 2.6f});
        for (TargetResult t : report.getTargets()) {
            cells(
                    table,
                    t.getName(),
                    text.metric(t),
                    text.level(t),
                    PdfLayout.orDash(text.number(t.getAttained())),
                    text.label(t.getOutcome()),
                    text.span(t.getMeasuredFrom(), t.getMeasuredTo()));
        }
        add(document, table, report.getTargets().isEmpty(), text.label("report.none"));
    }

    private static void limits(Document document, PeriodReport report, ReportText text) {
        section(document, text.label("report.limits"));
        PdfPTable table = table(text.labels(
                "report.limit.name",
                "report.limit.metric",
                "report.limit.maximum",
                "report.limit.actual",
                "report.limit.share",
                "report.limit.change",
                "report.outcome"));
        for (LimitResult l : report.getLimits()) {
            cells(
                    table,
                    l.getName(),
                    text.metric(l),
                    text.number(BigDecimal.valueOf(l.getMaximum())),
                    PdfLayout.orDash(text.number(l.getActual())),
                    text.percent(l.getShareOfLimit()),
                    change(l, text),
                    text.label(l.getOutcome()));
        }
        add(document, table, report.getLimits().isEmpty(), text.label("report.none"));
    }

    private static void exclusions(Document document, PeriodReport report, ReportText text) {
        section(document, text.label("report.exclusions"));
        PdfPTable table = table(text.labels(
                "report.exclusion.appliesTo",
                "report.exclusion.reason",
                "report.exclusion.detail",
                "report.exclusion.amount"));
        for (Exclusion e : report.getExclusions()) {
            cells(
                    table,
                    e.getAppliesTo(),
                    text.label(e.getReason()),
                    e.getDetail(),
                    text.number(e.getAmount()) + " " + text.unit(e.getAmountUnit()));
        }
        add(document, table, report.getExclusions().isEmpty(), text.label("report.none"));
    }

    /** The change, with the previous figure under it as the page shows it ("previous: 96 (reported), now 98"). */
    private static String change(LimitResult limit, ReportText text) {
        String previous = text.previous(limit);
        return text.percent(limit.getChangePercent()) + (previous.isEmpty() ? "" : "\n" + previous);
    }

    private static void review(
            Document document, PeriodReport report, ReportText text, Map<String, String> displayNames) {
        section(document, text.label("report.review"));
        PdfPTable facts = PdfLayout.facts();
        fact(facts, text.label("report.reviewState"), text.label(report.getReviewState()));
        fact(
                facts,
                text.label("report.reviewedBy"),
                report.getReviewedBy() == null
                        ? null
                        : displayNames.getOrDefault(report.getReviewedBy(), report.getReviewedBy()));
        fact(facts, text.label("report.reviewedAt"), text.moment(report.getReviewedAt(), report.getTimeZone()));
        fact(facts, text.label("report.reviewComments"), report.getReviewComments());
        fact(facts, text.label("report.reviewActions"), report.getReviewActions());
        document.add(facts);
    }
}
