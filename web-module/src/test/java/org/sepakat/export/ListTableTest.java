package org.sepakat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ListTableTest {

    private final ListTable table = new ListTable(
            "Customers",
            List.of("Code", "Name", "Holidays"),
            List.of(
                    Arrays.asList("ACME", "Acme, \"the\" company", 3L),
                    Arrays.asList("EVIL", "=HYPERLINK(\"http://x\")", null),
                    Arrays.asList("MIX", "ok;@SUM(A1)", new BigDecimal("2.50"))));

    @Test
    void csvReadsBackAsTheRowsWithFormulasNeutralised() throws IOException {
        String text = new String(table.csv(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).toList()).containsExactly("Code", "Name", "Holidays");
        assertThat(records.get(1).toList()).containsExactly("ACME", "Acme, \"the\" company", "3");
        assertThat(records.get(2).toList()).containsExactly("EVIL", "'=HYPERLINK(\"http://x\")", "");
        assertThat(records.get(3).toList()).containsExactly("MIX", "ok;'@SUM(A1)", "2.5");
    }

    @Test
    void workbookHoldsTextAsTextAndNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            Sheet sheet = workbook.getSheet("Customers");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(2)).isNull();
        }
    }
}
