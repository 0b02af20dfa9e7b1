package org.sepakat.export;

import static org.sepakat.export.PdfLayout.BOLD;
import static org.sepakat.export.PdfLayout.TEXT;
import static org.sepakat.export.PdfLayout.TITLE;
import static org.sepakat.export.PdfLayout.add;
import static org.sepakat.export.PdfLayout.cells;
import static org.sepakat.export.PdfLayout.fact;
import static org.sepakat.export.PdfLayout.orDash;
import static org.sepakat.export.PdfLayout.section;
import static org.sepakat.export.PdfLayout.table;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.ServiceLevelTarget;
import org.sepakat.servicelevel.entity.WorkloadLimit;

/**
 * The agreement as a PDF document in the reader's language (SLM-1..5, X-5): header, services,
 * requirements, targets, workload limits, exceptions and who signed each agreed version. The
 * same content as the preview page; used by the UI and the REST API.
 */
@ApplicationScoped
public class SlaDocument {

    /** The file name of the SLA's document, without extension: its reference. */
    public static String fileName(ServiceLevelAgreement sla) {
        return Download.fileName(sla.getReference());
    }

    public byte[] pdf(ServiceLevelAgreement sla, List<AgreedVersion> versions, Locale locale) {
        SlaText text = new SlaText(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfLayout.a4();
        PdfWriter.getInstance(document, out);
        document.addTitle(sla.getReference() + " " + sla.getTitle());
        document.open();
        header(document, sla, text);
        section(document, text.label("sla.requirements"));
        document.add(new Paragraph(orDash(sla.getRequirements()), TEXT));
        targets(document, sla, text);
        limits(document, sla, text);
        exceptions(document, sla, text);
        signatures(document, sla, versions, text);
        document.close();
        return out.toByteArray();
    }

    private static void header(Document document, ServiceLevelAgreement sla, SlaText text) {
        document.add(new Paragraph(text.label("sla.doc.kind"), BOLD));
        document.add(new Paragraph(sla.getTitle(), TITLE));
        PdfPTable facts = PdfLayout.facts();
        fact(facts, text.label("sla.reference"), sla.getReference());
        fact(facts, text.label("sla.customer"), sla.getCustomerCode());
        fact(facts, text.label("sla.status"), text.label(sla.getStatus()));
        fact(
                facts,
                text.label("sla.agreedVersion"),
                sla.getAgreedVersion() == 0 ? text.label("sla.doc.notAgreed") : String.valueOf(sla.getAgreedVersion()));
        fact(
                facts,
                text.label("sla.services"),
                sla.getServices().stream()
                        .map(CoveredService::getServiceCode)
                        .sorted()
                        .collect(Collectors.joining(", ")));
        fact(facts, text.label("sla.validity"), text.validity(sla.getValidFrom(), sla.getValidTo()));
        fact(facts, text.label("sla.reviewCadence"), text.label(sla.getReviewCadence()));
        fact(facts, text.label("sla.timeZone"), sla.getTimeZone());
        document.add(facts);
    }

    private static void targets(Document document, ServiceLevelAgreement sla, SlaText text) {
        section(document, text.label("sla.targets"));
        PdfPTable table = table(labels(
                text,
                "sla.target.name",
                "sla.target.metric",
                "sla.target.scope",
                "sla.target.level",
                "sla.target.period",
                "sla.target.calendar"));
        table.setWidths(new float[] {3, 2.2f, 2.6f, 2.6f, 1.3f, 1.5f});
        for (ServiceLevelTarget t : sla.getTargets()) {
            cells(
                    table,
                    t.getName(),
                    text.label(t.getMetric()),
                    text.scope(t),
                    text.level(t),
                    text.label(t.getPeriod()),
                    text.calendar(t));
        }
        add(document, table, sla.getTargets().isEmpty(), text.label("sla.doc.none"));
    }

    private static void limits(Document document, ServiceLevelAgreement sla, SlaText text) {
        section(document, text.label("sla.limits"));
        PdfPTable table = table(labels(
                text,
                "sla.limit.name",
                "sla.limit.metric",
                "sla.limit.ticketKind",
                "sla.limit.maximum",
                "sla.limit.overLimit"));
        for (WorkloadLimit l : sla.getLimits()) {
            cells(
                    table,
                    l.getName(),
                    text.label(l.getMetric()),
                    orDash(l.getTicketKind()),
                    text.maximum(l),
                    text.label(l.getOverLimit()));
        }
        add(document, table, sla.getLimits().isEmpty(), text.label("sla.doc.none"));
    }

    private static void exceptions(Document document, ServiceLevelAgreement sla, SlaText text) {
        section(document, text.label("sla.exceptions"));
        document.add(new Paragraph(text.label("sla.windows"), BOLD));
        PdfPTable table = table(labels(text, "sla.window.name", "sla.window.when"));
        for (MaintenanceWindow w : sla.getWindows()) {
            cells(table, w.getName(), text.when(w));
        }
        add(document, table, sla.getWindows().isEmpty(), text.label("sla.doc.none"));
        document.add(new Paragraph(text.label("sla.excludedCategories"), BOLD));
        document.add(new Paragraph(orDash(String.join(", ", sla.getExcludedCategories())), TEXT));
        document.add(new Paragraph(text.label("sla.forceMajeure"), BOLD));
        document.add(new Paragraph(orDash(sla.getForceMajeure()), TEXT));
        if (sla.isExceptionsStated()) {
            document.add(new Paragraph(text.label("sla.doc.exceptionsStated"), TEXT));
        }
    }

    private static void signatures(
            Document document, ServiceLevelAgreement sla, List<AgreedVersion> versions, SlaText text) {
        section(document, text.label("sla.signatures"));
        PdfPTable table = table(labels(
                text, "sla.version.number", "sla.version.provider", "sla.version.customer", "sla.version.agreedAt"));
        for (AgreedVersion v : versions) {
            cells(
                    table,
                    String.valueOf(v.getNumber()),
                    v.getProviderApprover(),
                    v.getCustomerApprover(),
                    text.moment(v.getAgreedAt(), sla.getTimeZone()));
        }
        add(document, table, versions.isEmpty(), text.label("sla.doc.none"));
    }

    private static String[] labels(SlaText text, String... keys) {
        String[] labels = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            labels[i] = text.label(keys[i]);
        }
        return labels;
    }
}
