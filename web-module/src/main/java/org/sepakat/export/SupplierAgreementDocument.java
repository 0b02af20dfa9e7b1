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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.AgreementRequirement;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.Obligation;
import org.sepakat.supplier.entity.RaciActivity;
import org.sepakat.supplier.entity.RaciParty;
import org.sepakat.supplier.entity.SupplierAgreedVersion;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * A supplier agreement as a PDF document in the reader's language (SUP-2..6, SUP-10, OLA-1, X-5), on
 * the same layout as an SLA's: header, scope, requirements, targets, obligations, RACI, a contract's
 * commercial terms with its computed dates, and who signed each agreed version, as an SLA's document
 * does. Used by the UI and the REST API.
 */
@ApplicationScoped
public class SupplierAgreementDocument {

    /** The file name of the agreement's document, without extension: its reference. */
    public static String fileName(SupplierAgreement agreement) {
        return Download.fileName(agreement.getReference());
    }

    @Inject
    StaffDirectory staff;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    SupplierAgreements agreements;

    @Inject
    Clock clock;

    /**
     * The document with the signatories of every agreed version, the provider's named as staff know
     * them, its dates as of today in its zone.
     */
    public byte[] pdf(SupplierAgreement agreement, Locale locale) {
        List<SupplierAgreedVersion> versions = agreements.versions(agreement.getId());
        Map<String, String> names = staff.displayNames(versions.stream()
                .map(SupplierAgreedVersion::getProviderApprover)
                .distinct()
                .toList());
        String services = catalogue.codesById(agreement.getServiceIds()).values().stream()
                .sorted()
                .collect(Collectors.joining(", "));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(agreement.getTimeZone())));
        return pdf(agreement, versions, locale, services, names, today);
    }

    /**
     * {@code versions}: the agreement's agreed versions, oldest first; {@code services}: the scope's
     * service codes; {@code displayNames}: staff names by user name.
     */
    public byte[] pdf(
            SupplierAgreement agreement,
            List<SupplierAgreedVersion> versions,
            Locale locale,
            String services,
            Map<String, String> displayNames,
            LocalDate today) {
        SupplierAgreementText text = new SupplierAgreementText(locale);
        String kind = text.label(agreement.getKind());
        byte[] pdf = PdfLayout.render(agreement.getReference() + " " + agreement.getTitle(), document -> {
            header(document, agreement, kind, text);
            scope(document, agreement, services, text);
            requirements(document, agreement, text);
            targets(document, agreement, text);
            obligations(document, agreement, text);
            raci(document, agreement, text);
            terms(document, agreement, today, text);
            PdfLayout.signatures(
                    document,
                    versions,
                    "supplierAgreement.version.supplier",
                    SupplierAgreedVersion::getSupplierApprover,
                    agreement.getTimeZone(),
                    text,
                    displayNames);
        });
        return PdfLayout.framed(pdf, kind + " · " + agreement.getReference(), version(agreement, text), text);
    }

    private static String version(SupplierAgreement agreement, SupplierAgreementText text) {
        if (agreement.getStatus().isEditable()) {
            return text.label("sla.doc.draftVersion", agreement.getAgreedVersion() + 1);
        }
        return text.label("doc.version", agreement.getAgreedVersion());
    }

    private static void header(
            Document document, SupplierAgreement agreement, String kind, SupplierAgreementText text) {
        document.add(new Paragraph(kind, BOLD));
        document.add(new Paragraph(agreement.getTitle(), TITLE));
        PdfPTable facts = PdfLayout.facts();
        fact(facts, text.label("supplierAgreement.reference"), agreement.getReference());
        fact(
                facts,
                text.label("supplierAgreement.supplier"),
                agreement.getSupplier().getCode() + " – "
                        + agreement.getSupplier().getName());
        fact(facts, text.label("supplierAgreement.status"), text.label(agreement.getStatus()));
        fact(
                facts,
                text.label("supplierAgreement.agreedVersion"),
                agreement.getAgreedVersion() == 0
                        ? text.label("sla.doc.notAgreed")
                        : String.valueOf(agreement.getAgreedVersion()));
        fact(facts, text.label("supplierAgreement.timeZone"), agreement.getTimeZone());
        document.add(facts);
    }

    private static void scope(
            Document document, SupplierAgreement agreement, String services, SupplierAgreementText text) {
        section(document, text.label("supplierAgreement.scope"));
        PdfPTable facts = PdfLayout.facts();
        fact(facts, text.label("supplierAgreement.services"), services);
        fact(facts, text.label("supplierAgreement.components"), String.join(", ", agreement.getComponents()));
        fact(
                facts,
                text.label("supplierAgreement.processes"),
                agreement.processesInOrder().stream().map(text::process).collect(Collectors.joining("; ")));
        document.add(facts);
    }

    private static void requirements(Document document, SupplierAgreement agreement, SupplierAgreementText text) {
        section(document, text.label("supplierAgreement.requirements"));
        PdfPTable table = table(text.labels("supplierAgreement.requirement", "supplierAgreement.requirement.sla"));
        table.setWidths(new float[] {4, 1.3f});
        for (AgreementRequirement r : agreement.getRequirements()) {
            cells(table, r.getText(), PdfLayout.orDash(r.getSlaReference()));
        }
        add(document, table, agreement.getRequirements().isEmpty(), text.label("sla.doc.none"));
    }

    private static void targets(Document document, SupplierAgreement agreement, SupplierAgreementText text) {
        section(document, text.label("supplierAgreement.targets"));
        SlaText targetText = new SlaText(text.locale());
        PdfPTable table = table(text.labels(
                "sla.target.name",
                "sla.target.metric",
                "sla.target.scope",
                "sla.target.level",
                "sla.target.period",
                "sla.target.calendar"));
        table.setWidths(new float[] {3, 2.2f, 2.6f, 2.6f, 1.3f, 1.5f});
        for (AgreementTarget t : agreement.getTargets()) {
            cells(
                    table,
                    t.getName(),
                    text.label(t.getMetric()),
                    targetText.scope(t),
                    targetText.level(t),
                    text.label(t.getPeriod()),
                    targetText.calendar(t));
        }
        add(document, table, agreement.getTargets().isEmpty(), text.label("sla.doc.none"));
    }

    private static void obligations(Document document, SupplierAgreement agreement, SupplierAgreementText text) {
        section(document, text.label("supplierAgreement.obligations"));
        PdfPTable table = table(text.labels(
                "supplierAgreement.obligation.kind",
                "supplierAgreement.obligation.text",
                "supplierAgreement.obligation.frequency",
                "supplierAgreement.obligation.evidence"));
        table.setWidths(new float[] {1.4f, 4, 1.5f, 2});
        for (Obligation o : agreement.getObligations()) {
            cells(table, text.label(o.getKind()), o.getText(), text.frequency(o), text.evidence(o));
        }
        add(document, table, agreement.getObligations().isEmpty(), text.label("sla.doc.none"));
    }

    private static void raci(Document document, SupplierAgreement agreement, SupplierAgreementText text) {
        section(document, text.label("supplierAgreement.raci"));
        PdfPTable table = table(text.labels(
                "supplierAgreement.raci.activity",
                "supplierAgreement.raci.provider",
                "supplierAgreement.raci.supplier"));
        table.setWidths(new float[] {4, 1.2f, 1.2f});
        for (RaciActivity a : agreement.getRaci()) {
            cells(
                    table,
                    a.getName(),
                    PdfLayout.orDash(a.letters(RaciParty.PROVIDER)),
                    PdfLayout.orDash(a.letters(RaciParty.SUPPLIER)));
        }
        add(document, table, agreement.getRaci().isEmpty(), text.label("sla.doc.none"));
        document.add(new Paragraph(text.label("supplierAgreement.raci.legend"), PdfLayout.TEXT));
    }

    private static void terms(
            Document document, SupplierAgreement agreement, LocalDate today, SupplierAgreementText text) {
        CommercialTerms terms = agreement.getCommercialTerms();
        if (terms == null) {
            return;
        }
        section(document, text.label("supplierAgreement.terms"));
        PdfPTable facts = PdfLayout.facts();
        fact(facts, text.label("supplierAgreement.terms.value"), text.value(terms));
        fact(facts, text.label("supplierAgreement.terms.startsOn"), text.date(terms.getStarts()));
        fact(facts, text.label("supplierAgreement.terms.initialTerm"), text.span(terms.getInitialTerm()));
        fact(facts, text.label("supplierAgreement.terms.renewal"), text.renewal(terms));
        fact(facts, text.label("supplierAgreement.terms.noticePeriod"), text.span(terms.getNoticePeriod()));
        fact(facts, text.label("supplierAgreement.currentTerm"), text.currentTerm(terms, today));
        fact(facts, text.label("supplierAgreement.noticeDeadline"), text.noticeDeadline(terms, today));
        fact(facts, text.label("supplierAgreement.expiry"), text.expiry(terms));
        if (terms.getNoticeGivenOn() != null) {
            fact(facts, text.label("supplierAgreement.noticeGivenOn"), text.date(terms.getNoticeGivenOn()));
        }
        document.add(facts);
        document.add(new Paragraph(text.label("supplierAgreement.dates.asOf", text.date(today)), PdfLayout.TEXT));
    }
}
