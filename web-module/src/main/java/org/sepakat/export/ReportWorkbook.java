package org.sepakat.export;

import static org.sepakat.export.SpreadsheetText.neutralise;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.TargetResult;

/**
 * A period report as an Excel workbook in the reader's language: a summary sheet and one sheet
 * each for targets, workload limits and exclusions. Figures are numeric cells, so they can be
 * summed and charted; text is neutralised against formula injection. A limit's previous figure is the stored
 * report's, with today's recount beside it where the two differ (a restatement; empty otherwise).
 */
@ApplicationScoped
public class ReportWorkbook {

    public byte[] xlsx(PeriodReport report, Locale locale) {
        ReportText text = new ReportText(locale);
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            summary(sheet(workbook, text.label("report.title")), report, text);
            Sheet targets = sheet(workbook, text.label("report.targets"));
            header(
                    targets,
                    bold,
                    text.labels(
                            "report.target.name",
                            "report.target.metric",
                            "report.target.comparison",
                            "report.target.threshold",
                            "report.target.unit",
                            "report.target.attained",
                            "report.outcome",
                            "report.measuredFrom",
                            "report.measuredTo"));
            for (TargetResult t : report.getTargets()) {
                values(
                        targets.createRow(targets.getLastRowNum() + 1),
                        t.getName(),
                        text.metric(t),
                        text.label("Comparison", t.getComparison()),
                        t.getThreshold(),
                        t.getUnit(),
                        t.getAttained(),
                        text.label(t.getOutcome()),
                        text.date(t.getMeasuredFrom()),
                        text.date(t.getMeasuredTo().minusDays(1)));
            }
            Sheet limits = sheet(workbook, text.label("report.limits"));
            header(
                    limits,
                    bold,
                    text.labels(
                            "report.limit.name",
                            "report.limit.metric",
                            "report.limit.maximum",
                            "report.limit.actual",
                            "report.limit.share",
                            "report.limit.change",
                            "report.outcome",
                            "report.limit.previousActual",
                            "report.limit.previousRestated"));
            for (LimitResult l : report.getLimits()) {
                values(
                        limits.createRow(limits.getLastRowNum() + 1),
                        l.getName(),
                        text.metric(l),
                        BigDecimal.valueOf(l.getMaximum()),
                        l.getActual(),
                        l.getShareOfLimit(),
                        l.getChangePercent(),
                        text.label(l.getOutcome()),
                        l.getPreviousActual(),
                        l.getPreviousRestated());
            }
            Sheet exclusions = sheet(workbook, text.label("report.exclusions"));
            header(
                    exclusions,
                    bold,
                    text.labels(
                            "report.exclusion.appliesTo",
                            "report.exclusion.reason",
                            "report.exclusion.detail",
                            "report.exclusion.amount",
                            "report.exclusion.unit"));
            for (Exclusion e : report.getExclusions()) {
                values(
                        exclusions.createRow(exclusions.getLastRowNum() + 1),
                        e.getAppliesTo(),
                        text.label(e.getReason()),
                        e.getDetail(),
                        e.getAmount(),
                        e.getAmountUnit());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(Workbook workbook, String name) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    }

    private static void summary(Sheet sheet, PeriodReport report, ReportText text) {
        fact(sheet, text.label("report.agreement"), report.getAgreementReference());
        fact(sheet, text.label("report.agreementTitle"), report.getAgreementTitle());
        fact(sheet, text.label("report.customer"), report.getCustomerCode());
        fact(sheet, text.label("report.period"), report.getPeriodLabel());
        fact(sheet, text.label("report.rating"), text.label(report.getRating()));
        fact(sheet, text.label("report.reviewState"), text.label(report.getReviewState()));
        fact(sheet, text.label("report.reviewComments"), report.getReviewComments());
        fact(sheet, text.label("report.reviewActions"), report.getReviewActions());
    }

    private static void fact(Sheet sheet, String label, String value) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        values(row, label, value);
    }

    private static void header(Sheet sheet, CellStyle bold, String... labels) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(neutralise(labels[i]));
            cell.setCellStyle(bold);
        }
    }

    /** Numbers become numeric cells; text is neutralised; a missing value leaves the cell empty. */
    private static void values(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof BigDecimal number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(neutralise(value.toString()));
            }
        }
    }
}
