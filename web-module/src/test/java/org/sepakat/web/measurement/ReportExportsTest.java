package org.sepakat.web.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.export.ReportCsv;
import org.sepakat.export.ReportDocument;
import org.sepakat.export.ReportWorkbook;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.ReviewState;

/** SLM-6, SLM-7: a period report exported as CSV, Excel and PDF reads back as the report says. */
class ReportExportsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Map<String, String> NAMES = Map.of("slaman", "Sari Service Level");

    @Test
    @DisplayName("CSV: every field is quoted, and split on ';' or ',' as a spreadsheet with other regional settings "
            + "does, no piece starts a formula")
    void csvIsSafeWhateverTheListSeparator() {
        String csv = new String(new ReportCsv().csv(ReportSamples.october()), StandardCharsets.UTF_8);
        for (String line : csv.split("\r\n")) {
            assertThat(line).startsWith("\"").endsWith("\"");
            for (String separator : List.of(";", ",")) {
                for (String piece : line.split(separator)) {
                    assertThat(piece.replace("\"", "").strip())
                            .as("a piece of %s", line)
                            .doesNotMatch("[=+@].*");
                }
            }
        }
    }

    @Test
    @DisplayName("CSV: one row per target, limit and exclusion; numbers plain; formula-like text neutralised")
    void csvHasEveryLine() throws IOException {
        byte[] csv = new ReportCsv().csv(ReportSamples.october());
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ReportCsv.HEADER);
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("section")).containsExactly("TARGET", "TARGET", "LIMIT", "EXCLUSION");
        assertThat(rows).extracting(r -> r.get("agreement_reference")).containsOnly("SLA-FIN-7");
        assertThat(rows).extracting(r -> r.get("period")).containsOnly("2026-10");
        CSVRecord availability = rows.get(0);
        assertThat(availability.get("name")).isEqualTo("ERP availability");
        assertThat(availability.get("threshold")).isEqualTo("99.5");
        assertThat(availability.get("attained")).isEqualTo("99.81");
        assertThat(availability.get("outcome")).isEqualTo("MET");
        assertThat(availability.get("measured_from")).isEqualTo("2026-10-01");
        assertThat(availability.get("measured_until")).as("exclusive").isEqualTo("2026-11-01");
        assertThat(rows.get(1).get("name")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(2).get("actual")).isEqualTo("120");
        assertThat(rows.get(2).get("share_of_limit")).isEqualTo("120");
        assertThat(rows.get(2).get("outcome")).isEqualTo("EXCEEDED");
        assertThat(rows.get(2).get("previous_actual"))
                .as("as October's report gave it")
                .isEqualTo("96");
        assertThat(rows.get(2).get("previous_restated")).as("recomputed today").isEqualTo("98");
        assertThat(rows.get(0).get("previous_restated")).isEmpty();
        assertThat(rows.get(3).get("detail")).isEqualTo("'@Sunday patching");
        assertThat(rows.get(3).get("reason")).isEqualTo("MAINTENANCE_WINDOW");
        assertThat(rows.get(3).get("amount")).isEqualTo("7200");
    }

    @Test
    @DisplayName("Excel: sheets in the reader's language, figures as numeric cells, formula-like text as text")
    void workbookKeepsNumbersNumeric() throws IOException {
        byte[] xlsx = new ReportWorkbook().xlsx(ReportSamples.october(), INDONESIAN);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Target tingkat layanan");
            Sheet targets = workbook.getSheetAt(1);
            assertThat(targets.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Target");
            assertThat(targets.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ERP availability");
            assertThat(targets.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(targets.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(99.5);
            assertThat(targets.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(99.81);
            assertThat(targets.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Tercapai");
            assertThat(targets.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(targets.getRow(2).getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
            Sheet limits = workbook.getSheetAt(2);
            assertThat(limits.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(120.0);
            assertThat(limits.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(25.0);
            assertThat(limits.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Terlampaui");
            assertThat(limits.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Periode sebelumnya (dilaporkan)");
            assertThat(limits.getRow(0).getCell(8).getStringCellValue())
                    .isEqualTo("Periode sebelumnya, dihitung ulang kini");
            assertThat(limits.getRow(1).getCell(7).getNumericCellValue())
                    .as("as October's report gave it")
                    .isEqualTo(96.0);
            assertThat(limits.getRow(1).getCell(8).getNumericCellValue())
                    .as("recomputed today")
                    .isEqualTo(98.0);
            Sheet exclusions = workbook.getSheetAt(3);
            assertThat(exclusions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Jendela pemeliharaan");
            assertThat(exclusions.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'@Sunday patching");
            assertThat(exclusions.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(7200.0);
        }
    }

    @Test
    @DisplayName("PDF: the SLA, the period, every target with its outcome and the review outcome, in Bahasa Indonesia")
    void pdfReadsLikeTheReport() throws IOException {
        PeriodReport report = ReportSamples.october();
        report.recordReview(
                ReviewState.ACCEPTED,
                "Agreed in the October meeting",
                null,
                "slaman",
                Instant.parse("2026-11-05T03:00:00Z"));
        String text = text(new ReportDocument().pdf(report, INDONESIAN, NAMES));
        assertThat(text)
                .contains(
                        "SLA-FIN-7",
                        "Oktober 2026",
                        "ERP availability",
                        "paling sedikit 99,5 %",
                        "99,81",
                        "Tercapai",
                        "Tidak tercapai",
                        "Tickets per month",
                        "Terlampaui",
                        "Jendela pemeliharaan",
                        "7.200 detik",
                        "Merah",
                        "Diterima",
                        "Agreed in the October meeting",
                        "Sari Service Level",
                        "5 Nov 2026 10.00 WIB")
                .doesNotContain("slaman", "99.81");
    }

    @Test
    @DisplayName("issue 11 §1: the PDF shows a limit's previous figure as reported and its restatement, in the reader's"
            + " language")
    void pdfShowsTheRestatement() throws IOException {
        assertThat(text(new ReportDocument().pdf(ReportSamples.october(), Locale.ENGLISH, NAMES)))
                .contains("previous: 96 (reported), now 98");
        assertThat(text(new ReportDocument().pdf(ReportSamples.october(), INDONESIAN, NAMES)))
                .contains("sebelumnya: 96 (dilaporkan), kini 98");
    }

    @Test
    @DisplayName("issue 12 §6: the report PDF has the header and footer (reference, period, version, page x of y)")
    void pdfIsFramed() throws IOException {
        byte[] pdf = new ReportDocument().pdf(ReportSamples.october(), INDONESIAN, NAMES);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(pdf))
                .contains("Laporan tingkat layanan · SLA-FIN-7 · Oktober 2026", "Versi 2", "Halaman 1 dari 1");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
