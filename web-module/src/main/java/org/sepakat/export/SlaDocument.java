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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.AgreementTarget;

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

    @Inject
    StaffDirectory staff;

    /** The document, its signatories named as staff know them. */
    public byte[] pdf(ServiceLevelAgreement sla, List<AgreedVersion> versions, Locale locale) {
        return pdf(
                sla,
                versions,
                locale,
                staff.displayNames(versions.stream()
                        .map(AgreedVersion::getProviderApprover)
                        .toList()));
    }

    /** {@code displayNames}: the provider signatories' names by user name; a name staff do not know is shown as is. */
    public byte[] pdf(
            ServiceLevelAgreement sla, List<AgreedVersion> versions, Locale locale, Map<String, String> displayNames) {
        SlaText text = new SlaText(locale);
        byte[] pdf = PdfLayout.render(sla.getReference() + " " + sla.getTitle(), document -> {
            header(document, sla, text);
            section(document, text.label("sla.requirements"));
            document.add(new Paragraph(orDash(sla.getRequirements()), TEXT));
            targets(document, sla, text);
            limits(document, sla, text);
            exceptions(document, sla, text);
            PdfLayout.signatures(
                    document,
                    versions,
                    "sla.version.customer",
                    AgreedVersion::getCustomerApprover,
                    sla.getTimeZone(),
                    text,
                    displayNames);
        });
        return PdfLayout.framed(pdf, text.label("sla.doc.kind") + " · " + sla.getReference(), version(sla, text), text);
    }

    /** The version the document shows: the agreed one, the draft of the next while a revision is open, or none yet. */
    private static String version(ServiceLevelAgreement sla, SlaText text) {
        if (sla.getStatus().isEditable()) {
            return text.label("sla.doc.draftVersion", sla.getAgreedVersion() + 1);
        }
        return text.label("doc.version", sla.getAgreedVersion());
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
        fact(facts, text.label("sla.timeZone"), text.zone(sla.getTimeZone()));
        document.add(facts);
    }

    private static void targets(Document document, ServiceLevelAgreement sla, SlaText text) {
        section(document, text.label("sla.targets"));
        PdfPTable table = table(text.labels(
                "sla.target.name",
                "sla.target.metric",
                "sla.target.scope",
                "sla.target.level",
                "sla.target.period",
                "sla.target.calendar"));
        table.setWidths(new float[] {3, 2.2f, 2.6f, 2.6f, 1.3f, 1.5f});
        for (AgreementTarget t : sla.getTargets()) {
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
        PdfPTable table = table(text.labels(
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
        PdfPTable table = table(text.labels("sla.window.name", "sla.window.when"));
        for (MaintenanceWindow w : sla.getWindows()) {
            cells(table, w.getName(), text.when(w, sla.getTimeZone()));
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
}
