package org.sepakat.web.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
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
import org.sepakat.servicelevel.entity.ServiceLevelTarget;
import org.sepakat.servicelevel.entity.WorkloadLimit;
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
                ServiceLevelTarget.availability(
                        "Mail availability", "OFFICE", new BigDecimal("99.5"), MeasurementPeriod.MONTH),
                ServiceLevelTarget.resolution(
                        "P1 resolution",
                        "P1",
                        new BigDecimal("8"),
                        new BigDecimal("90"),
                        MeasurementPeriod.MONTH,
                        "OFFICE"),
                ServiceLevelTarget.kpi(
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

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a cell may wrap; its words stay in order
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("SLM-3: the PDF names every target with its measure and level, and who signed (SLM-1)")
    void pdfNamesTheTargetsAndSignatories() throws IOException {
        ServiceLevelAgreement sla = agreedSla();
        String text = text(new SlaDocument()
                .pdf(sla, List.of(new AgreedVersion(sla, java.time.YearMonth.of(2026, 7))), Locale.ENGLISH));

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
                .contains("slaman", "Siti Rahmawati");
    }

    @Test
    @DisplayName("X-5: the PDF speaks Bahasa Indonesia when asked")
    void pdfSpeaksBahasaIndonesia() throws IOException {
        ServiceLevelAgreement sla = agreedSla();
        String text = text(new SlaDocument().pdf(sla, List.of(), Locale.forLanguageTag("id")));

        assertThat(text)
                .contains(
                        "Perjanjian tingkat layanan",
                        "Target tingkat layanan",
                        "Batasan beban kerja",
                        "Pengecualian",
                        "Ketersediaan",
                        "Waktu penyelesaian",
                        "paling sedikit 99.5 %",
                        "Jendela pemeliharaan",
                        "setiap Minggu");
        assertThat(text).contains("Mail availability", "P1 resolution", "Backup restore tests");
    }
}
