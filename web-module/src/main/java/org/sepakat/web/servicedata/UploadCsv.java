package org.sepakat.web.servicedata;

import static org.sepakat.export.SpreadsheetText.neutraliseDelimited;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The small CSV files of the upload page: a kind's template and a file's list of problems. */
final class UploadCsv {

    private UploadCsv() {}

    /** UTF-8 with a byte order mark, so that spreadsheet programs read it as UTF-8; cells cannot start formulas. */
    static byte[] write(List<List<String>> lines) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> line : lines) {
                printer.printRecord(
                        line.stream().map(cell -> neutraliseDelimited(cell)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
