package org.sepakat.web.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.export.SlaDocument;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.WorkloadMetric;

/** The SLA as a PDF holds its content in the reader's language (SLM-1..5, X-5). */
class SlaDocumentTest {

    private static ServiceLevelAgreement agreedSla() {
        ServiceLevelAgreement sla = new ServiceLevelAgreement(
                "SLA-DOC-1", "Finance e-mail and ERP", 7L, "FIN", ReviewCadence.QUARTERLY, "Asia/Jakarta");
        sla.cover(List.of(new CoveredService(1L, "EMAIL"), new CoveredService(2L, "ERP")));
        sla.replaceTargets(List.of(
                AgreementTarget.availability(
                        "Mail availability", "OFFICE", new BigDecimal("99.5"), MeasurementPeriod.MONTH),
                AgreementTarget.resolution(
                        "P1 resolution",
                        "P1",
                        new BigDecimal("8"),
                        new BigDecimal("90"),
                        MeasurementPeriod.MONTH,
                        "OFFICE"),
                AgreementTarget.kpi(
                        "Backup restore tests",
                        Comparison.AT_LEAST,
                        new BigDecimal("2"),
                        "tests",
                        MeasurementPeriod.QUARTER)));
        sla.replaceLimits(List.of(new WorkloadLimit(
                "Monthly tickets",
                WorkloadMetric.TICKETS,
                null,
                400,
                MeasurementPeriod.MONTH,
                OverLimitRule.REPORT_ONLY)));
        sla.replaceExceptions(
                List.of(new MaintenanceWindow(
                        "Sunday patching", Recurrence.WEEKLY, null, DayOfWeek.SUNDAY, null, LocalTime.of(1, 0), 120)),
                List.of("customer-caused delay"),
                "Natural disasters",
                true);
        sla.agree("slaman", "Siti Rahmawati", Instant.parse("2026-01-05T03:00:00Z"));
        return sla;
    }

    private static final Map<String, String> NAMES = Map.of("slaman", "Sari Service Level");

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a cell may wrap; its words stay in order
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Each page's text, lines kept. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The SLA with {@code count} more targets, enough to fill a second page. */
    private static ServiceLevelAgreement longSla(int count) {
        ServiceLevelAgreement sla = agreedSla();
        List<AgreementTarget> targets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            targets.add(AgreementTarget.kpi(
                    "Quarterly KPI " + i,
                    Comparison.AT_LEAST,
                    new BigDecimal("2"),
                    "tests",
                    MeasurementPeriod.QUARTER));
        }
        sla.startRevision();
        sla.replaceTargets(targets);
        sla.agree("slaman", "Siti Rahmawati", Instant.parse("2026-02-05T03:00:00Z"));
        return sla;
    }

    @Test
    @DisplayName("issue 12 §6: no blank page; every page has the header (kind, reference) and the footer (version,"
            + " page x of y), in English and in Bahasa Indonesia")
    void everyPageIsFramedAndNoneIsBlank() throws IOException {
        ServiceLevelAgreement sla = longSla(40);
        List<AgreedVersion> versions = List.of(new AgreedVersion(sla, java.time.YearMonth.of(2026, 7)));

        List<String> english = pages(new SlaDocument().pdf(sla, versions, Locale.ENGLISH, NAMES));
        assertThat(english).hasSize(2);
        for (int page = 1; page <= 2; page++) {
            assertThat(english.get(page - 1))
                    .contains("Service level agreement · SLA-DOC-1", "Version 2", "Page " + page + " of 2");
        }
        List<String> indonesian = pages(new SlaDocument().pdf(sla, versions, Locale.forLanguageTag("id"), NAMES));
        assertThat(indonesian).hasSize(2);
        assertThat(indonesian.get(0)).contains("Perjanjian tingkat layanan · SLA-DOC-1", "Versi 2", "Halaman 1 dari 2");
        assertThat(indonesian.get(1)).contains("Halaman 2 dari 2");
        for (String page : english) {
            assertThat(page.lines()
                            .filter(line -> !line.contains("SLA-DOC-1") && !line.contains("Page "))
                            .filter(line -> !line.isBlank()))
                    .as("content beside the header and footer")
                    .isNotEmpty();
        }
    }

    @Test
    @DisplayName("issue 12 §6: the short SLA fits one page, with nothing but the document on it")
    void aShortSlaIsOnePage() throws IOException {
        ServiceLevelAgreement sla = agreedSla();
        List<String> pages = pages(new SlaDocument()
                .pdf(sla, List.of(new AgreedVersion(sla, java.time.YearMonth.of(2026, 7))), Locale.ENGLISH, NAMES));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("Page 1 of 1", "Version 1");
    }

    @Test
    @DisplayName("issue 12 §3: numbers in the document's language, times labelled with the SLA's zone, the provider's"
            + " signatory by display name")
    void numbersZoneAndNamesInTheDocumentsLanguage() throws IOException {
        ServiceLevelAgreement sla = agreedSla();
        String text = text(new SlaDocument()
                .pdf(
                        sla,
                        List.of(new AgreedVersion(sla, java.time.YearMonth.of(2026, 7))),
                        Locale.forLanguageTag("id"),
                        NAMES));

        assertThat(text)
                .contains("paling sedikit 99,5 %", "Asia/Jakarta (WIB)", "01:00 WIB", "Sari Service Level")
                .contains("10.00 WIB")
                .doesNotContain("slaman", "99.5");
    }

    @Test
    @DisplayName("SLM-3: the PDF names every target with its measure and level, and who signed (SLM-1)")
    void pdfNamesTheTargetsAndSignatories() throws IOException {
        ServiceLevelAgreement sla = agreedSla();
        String text = text(new SlaDocument()
                .pdf(sla, List.of(new AgreedVersion(sla, java.time.YearMonth.of(2026, 7))), Locale.ENGLISH, NAMES));

        assertThat(text)
                .contains("Finance e-mail and ERP", "SLA-DOC-1", "FIN", "EMAIL, ERP")
                .contains("Mail availability", "P1 resolution", "Backup restore tests")
                .contains(
                        "Availability",
                        "Resolution time",
                        "Custom KPI",
                        "at least 99.5 %",
                        "P1 within 8 business hours")
                .contains("Monthly tickets", "Sunday patching", "customer-caused delay", "Natural disasters")
                .contains("Sari Service Level", "Siti Rahmawati");
    }

    @Test
    @DisplayName("X-5: the PDF speaks Bahasa Indonesia when asked")
    void pdfSpeaksBahasaIndonesia() throws IOException {
        ServiceLevelAgreement sla = agreedSla();
        String text = text(new SlaDocument().pdf(sla, List.of(), Locale.forLanguageTag("id"), NAMES));

        assertThat(text)
                .contains(
                        "Perjanjian tingkat layanan",
                        "Target tingkat layanan",
                        "Batasan beban kerja",
                        "Pengecualian",
                        "Ketersediaan",
                        "Waktu penyelesaian",
                        "paling sedikit 99,5 %",
                        "Jendela pemeliharaan",
                        "setiap Minggu");
        assertThat(text).contains("Mail availability", "P1 resolution", "Backup restore tests");
    }
}
