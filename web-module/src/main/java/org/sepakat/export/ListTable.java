package org.sepakat.export;

import static org.sepakat.export.SpreadsheetText.neutralise;
import static org.sepakat.export.SpreadsheetText.neutraliseDelimited;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list as the user sees it (column headings and cells already worded in their language) written
 * as CSV or as an Excel workbook. Text is neutralised against formula injection as in the report
 * exports ({@link SpreadsheetText}); numbers stay numbers.
 */
public record ListTable(String title, List<String> headers, List<List<Object>> rows) {

    public ListTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** UTF-8 with a byte order mark, so that Excel opening the file reads accents and "–" right. */
    public byte[] csv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(headers.stream().map(ListTable::csvCell).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(ListTable::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(neutralise(headers.get(i)));
                cell.setCellStyle(bold);
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(new BigDecimal(number.toString()).doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(neutralise(value.toString()));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return neutraliseDelimited(value.toString());
    }
}
