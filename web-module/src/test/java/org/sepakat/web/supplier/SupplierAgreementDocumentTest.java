package org.sepakat.web.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.export.SupplierAgreementDocument;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.supplier.entity.AgreementRequirement;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.Obligation;
import org.sepakat.supplier.entity.ObligationKind;
import org.sepakat.supplier.entity.RaciActivity;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SmsProcess;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreedVersion;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierKind;

/** A supplier agreement as a PDF holds every section in the reader's language (SUP-2..6, SUP-10, X-5). */
class SupplierAgreementDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Map<String, String> NAMES = Map.of("supman", "Surya Supplier", "admin", "Ayu Admin");

    private static SupplierAgreement agreedContract() {
        Supplier supplier = new Supplier("HOST", "PT Hosting Nusantara", SupplierKind.EXTERNAL_SUPPLIER, null);
        SupplierAgreement agreement = new SupplierAgreement("UC-HOST-1", "ERP hosting", supplier, "Asia/Jakarta");
        agreement.scope(List.of(2L), List.of("ERP database hosting"), List.of(SmsProcess.INCIDENT_MANAGEMENT));
        agreement.replaceRequirements(List.of(new AgreementRequirement("Restore within four hours", "SLA-FIN-2026")));
        agreement.replaceTargets(List.of(AgreementTarget.availability(
                "Hosting availability", null, new BigDecimal("99.5"), MeasurementPeriod.MONTH)));
        agreement.replaceObligations(
                List.of(new Obligation(ObligationKind.OBLIGATION, "Monthly service report", "Monthly", null)));
        agreement.replaceRaci(List.of(RaciActivity.of("Restore service", "A", "R")));
        agreement.setCommercialTerms(new CommercialTerms(
                new BigDecimal("120000000"),
                Currency.getInstance("IDR"),
                LocalDate.of(2026, 1, 1),
                Period.ofYears(1),
                RenewalKind.TACIT,
                Period.ofYears(1),
                Period.ofMonths(3)));
        agreement.agree("supman", "Budi Santoso", Instant.parse("2026-01-05T03:00:00Z"));
        return agreement;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static byte[] pdf(Locale locale) {
        SupplierAgreement agreement = agreedContract();
        List<SupplierAgreedVersion> versions = List.of(new SupplierAgreedVersion(agreement, YearMonth.of(2026, 1)));
        return new SupplierAgreementDocument().pdf(agreement, versions, locale, "ERP", NAMES, TODAY);
    }

    @Test
    @DisplayName("X-5: the English document names every section, its labels not codes, the signatory by name,"
            + " the next notice deadline (this term's has passed) and its page frame")
    void englishDocumentHoldsEverySection() throws IOException {
        assertThat(text(pdf(Locale.ENGLISH)))
                .contains(
                        "Underpinning contract · UC-HOST-1",
                        "ERP hosting",
                        "HOST – PT Hosting Nusantara",
                        "ERP database hosting",
                        "8.6.1 Incident management",
                        "Restore within four hours",
                        "SLA-FIN-2026",
                        "Hosting availability",
                        "at least 99.5 %",
                        "Monthly service report",
                        "Restore service",
                        "120,000,000 IDR",
                        "Renews tacitly unless notice is given (1 year)",
                        "3 months",
                        "Initial term: Jan 1, 2026 – Dec 31, 2026",
                        "Give notice by Sep 30, 2027 to end the contract on Dec 31, 2027",
                        "Surya Supplier",
                        "Budi Santoso",
                        "WIB",
                        "Version 1",
                        "Page 1 of 2",
                        "Page 2 of 2")
                .doesNotContain("supman", "UNDERPINNING_CONTRACT", "INCIDENT_MANAGEMENT", "TACIT");
    }

    @Test
    @DisplayName(
            "X-5: the Indonesian document words the same content in Bahasa Indonesia, numbers with its" + " separators")
    void indonesianDocumentIsWordedInBahasaIndonesia() throws IOException {
        assertThat(text(pdf(Locale.forLanguageTag("id"))))
                .contains(
                        "Kontrak pendukung · UC-HOST-1",
                        "Ruang lingkup",
                        "Persyaratan",
                        "Kewajiban, komitmen dan aktivitas",
                        "Tanggung jawab (RACI)",
                        "Ketentuan komersial",
                        "120.000.000 IDR",
                        "3 bulan",
                        "Batas waktu pemberitahuan berikutnya",
                        "8.6.1 Manajemen insiden",
                        "Versi 1",
                        "Halaman 2 dari 2")
                .doesNotContain("Underpinning contract", "Commercial terms");
    }

    @Test
    @DisplayName("An OLA has no commercial terms section; a draft says which version it will become")
    void olaDraftHasNoTermsSection() throws IOException {
        Supplier team = new Supplier("NET", "Network team", SupplierKind.INTERNAL_SUPPLIER, null);
        SupplierAgreement ola = new SupplierAgreement("OLA-NET-1", "Network OLA", team, "Asia/Jakarta");
        String text = text(new SupplierAgreementDocument().pdf(ola, List.of(), Locale.ENGLISH, "", Map.of(), TODAY));
        assertThat(text)
                .contains("Operational level agreement · OLA-NET-1", "Network OLA", "Draft of version 1")
                .doesNotContain("Commercial terms", "Next notice deadline");
    }

    @Test
    @DisplayName("SUP-2: the signature block lists every agreed version with who signed for each side and when, not"
            + " only the current one")
    void signaturesOfEveryAgreedVersionAreListed() throws IOException {
        SupplierAgreement agreement = agreedContract();
        SupplierAgreedVersion first = new SupplierAgreedVersion(agreement, YearMonth.of(2026, 1));
        agreement.activate();
        agreement.startRevision();
        agreement.agree("admin", "Rina Wijaya", Instant.parse("2026-06-10T02:30:00Z"));
        SupplierAgreedVersion second = new SupplierAgreedVersion(agreement, YearMonth.of(2026, 7));

        String text = text(new SupplierAgreementDocument()
                .pdf(agreement, List.of(first, second), Locale.ENGLISH, "ERP", NAMES, TODAY));

        String signatures = text.substring(text.indexOf("Signatures"));
        assertThat(signatures)
                .contains("1 Surya Supplier Budi Santoso Jan 5, 2026, 10:00")
                .contains("2 Ayu Admin Rina Wijaya Jun 10, 2026, 9:30")
                .contains("WIB")
                .doesNotContain("supman", "admin ");
        assertThat(signatures.indexOf("Surya Supplier")).isLessThan(signatures.indexOf("Ayu Admin"));
    }
}
