package org.sepakat.web.servicelevel;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
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

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0x12, 0x35, 0x5b));
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x12, 0x35, 0x5b));
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Color HEADER_FILL = new Color(0xe4, 0xe7, 0xeb);

    public byte[] pdf(ServiceLevelAgreement sla, List<AgreedVersion> versions, Locale locale) {
        SlaText text = new SlaText(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
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
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(8);
        fact(facts, text.label("sla.reference"), sla.getReference());
        fact(facts, text.label("sla.customer"), sla.getCustomerCode());
        fact(facts, text.label("sla.status"), text.label(sla.getStatus()));
        fact(facts, text.label("sla.agreedVersion"), sla.getAgreedVersion() == 0 ? text.label("sla.doc.notAgreed")
                : String.valueOf(sla.getAgreedVersion()));
        fact(facts, text.label("sla.services"), sla.getServices().stream().map(CoveredService::getServiceCode).sorted()
                .collect(Collectors.joining(", ")));
        fact(facts, text.label("sla.validity"), text.validity(sla.getValidFrom(), sla.getValidTo()));
        fact(facts, text.label("sla.reviewCadence"), text.label(sla.getReviewCadence()));
        fact(facts, text.label("sla.timeZone"), sla.getTimeZone());
        document.add(facts);
    }

    private static void targets(Document document, ServiceLevelAgreement sla, SlaText text) {
        section(document, text.label("sla.targets"));
        PdfPTable table = table(text, "sla.target.name", "sla.target.metric", "sla.target.scope", "sla.target.level",
                "sla.target.period", "sla.target.calendar");
        table.setWidths(new float[] {3, 2.2f, 2.6f, 2.6f, 1.3f, 1.5f});
        for (ServiceLevelTarget t : sla.getTargets()) {
            cells(table, t.getName(), text.label(t.getMetric()), text.scope(t), text.level(t), text.label(t.getPeriod()),
                    orDash(t.getCalendarCode()));
        }
        add(document, table, sla.getTargets().isEmpty(), text);
    }

    private static void limits(Document document, ServiceLevelAgreement sla, SlaText text) {
        section(document, text.label("sla.limits"));
        PdfPTable table = table(text, "sla.limit.name", "sla.limit.metric", "sla.limit.ticketKind", "sla.limit.maximum",
                "sla.limit.overLimit");
        for (WorkloadLimit l : sla.getLimits()) {
            cells(table, l.getName(), text.label(l.getMetric()), orDash(l.getTicketKind()), text.maximum(l),
                    text.label(l.getOverLimit()));
        }
        add(document, table, sla.getLimits().isEmpty(), text);
    }

    private static void exceptions(Document document, ServiceLevelAgreement sla, SlaText text) {
        section(document, text.label("sla.exceptions"));
        document.add(new Paragraph(text.label("sla.windows"), BOLD));
        PdfPTable table = table(text, "sla.window.name", "sla.window.when");
        for (MaintenanceWindow w : sla.getWindows()) {
            cells(table, w.getName(), text.when(w));
        }
        add(document, table, sla.getWindows().isEmpty(), text);
        document.add(new Paragraph(text.label("sla.excludedCategories"), BOLD));
        document.add(new Paragraph(orDash(String.join(", ", sla.getExcludedCategories())), TEXT));
        document.add(new Paragraph(text.label("sla.forceMajeure"), BOLD));
        document.add(new Paragraph(orDash(sla.getForceMajeure()), TEXT));
        if (sla.isExceptionsStated()) {
            document.add(new Paragraph(text.label("sla.doc.exceptionsStated"), TEXT));
        }
    }

    private static void signatures(Document document, ServiceLevelAgreement sla, List<AgreedVersion> versions,
            SlaText text) {
        section(document, text.label("sla.signatures"));
        PdfPTable table = table(text, "sla.version.number", "sla.version.provider", "sla.version.customer",
                "sla.version.agreedAt");
        for (AgreedVersion v : versions) {
            cells(table, String.valueOf(v.getNumber()), v.getProviderApprover(), v.getCustomerApprover(),
                    text.moment(v.getAgreedAt(), sla.getTimeZone()));
        }
        add(document, table, versions.isEmpty(), text);
    }

    private static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static void fact(PdfPTable facts, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, BOLD));
        name.setBorder(PdfPCell.NO_BORDER);
        facts.addCell(name);
        PdfPCell content = new PdfPCell(new Phrase(orDash(value), TEXT));
        content.setBorder(PdfPCell.NO_BORDER);
        facts.addCell(content);
    }

    private static PdfPTable table(SlaText text, String... headerKeys) {
        PdfPTable table = new PdfPTable(headerKeys.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            PdfPCell cell = new PdfPCell(new Phrase(text.label(key), CELL_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new Phrase(value == null ? "" : value, CELL));
        }
    }

    private static void add(Document document, PdfPTable table, boolean empty, SlaText text) {
        if (empty) {
            Paragraph none = new Paragraph(text.label("sla.doc.none"), TEXT);
            none.setAlignment(Element.ALIGN_LEFT);
            document.add(none);
        } else {
            table.setSpacingAfter(6);
            document.add(table);
        }
        document.add(Chunk.NEWLINE);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
