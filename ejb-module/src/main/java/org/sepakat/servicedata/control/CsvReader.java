package org.sepakat.servicedata.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sepakat.servicedata.entity.KpiValueData;
import org.sepakat.servicedata.entity.OutageData;
import org.sepakat.servicedata.entity.PauseData;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.ServiceDataBatch;
import org.sepakat.servicedata.entity.TicketData;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Reads a CSV file of one kind of service data (UTF-8, comma-separated, a header row naming the
 * columns in any order) into a delivery, with the values it could not read as problems of their
 * row. The columns are the bulk API's fields in snake case.
 */
public final class CsvReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Column → field of the delivered record, per kind. */
    private static final Map<RecordKind, Map<String, String>> COLUMNS = Map.of(
            RecordKind.TICKETS,
                    columns(
                            "external_id",
                            "externalId",
                            "service",
                            "service",
                            "customer",
                            "customer",
                            "kind",
                            "kind",
                            "priority",
                            "priority",
                            "category",
                            "category",
                            "opened",
                            "opened",
                            "first_response",
                            "firstResponse",
                            "resolved",
                            "resolved",
                            "pauses",
                            "pauses"),
            RecordKind.OUTAGES,
                    columns(
                            "external_id",
                            "externalId",
                            "service",
                            "service",
                            "starts",
                            "starts",
                            "ends",
                            "ends",
                            "planned",
                            "planned",
                            "description",
                            "description"),
            RecordKind.KPI_VALUES,
                    columns(
                            "external_id",
                            "externalId",
                            "sla",
                            "sla",
                            "measure",
                            "measure",
                            "period",
                            "period",
                            "value",
                            "value",
                            "note",
                            "note"));

    private static final Map<RecordKind, List<String>> REQUIRED = Map.of(
            RecordKind.TICKETS, List.of("external_id", "service", "customer", "kind", "priority", "opened"),
            RecordKind.OUTAGES, List.of("external_id", "service", "starts"),
            RecordKind.KPI_VALUES, List.of("sla", "measure", "period", "value"));

    /** The file as rows of text and as a delivery whose row i is data row i of the file. */
    public record Parsed(
            List<String> columns, List<List<String>> rows, ServiceDataBatch batch, List<FieldProblem> problems) {}

    private CsvReader() {}

    public static List<String> columnsOf(RecordKind kind) {
        return List.copyOf(COLUMNS.get(kind).keySet());
    }

    /** The column a field of a delivered record comes from ("firstResponse" → "first_response"). */
    public static String columnOf(RecordKind kind, String field) {
        return COLUMNS.get(kind).entrySet().stream()
                .filter(e -> e.getValue().equals(field))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(field);
    }

    public static Parsed read(RecordKind kind, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw InvalidInput.of("file", "error.serviceData.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (Reader reader = new InputStreamReader(withoutBom(content), StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header =
                    parser.getHeaderNames().stream().map(String::trim).toList();
            checkHeader(kind, header);
            List<List<String>> rows = new ArrayList<>();
            List<FieldProblem> problems = new ArrayList<>();
            List<TicketData> tickets = new ArrayList<>();
            List<OutageData> outages = new ArrayList<>();
            List<KpiValueData> kpiValues = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= ServiceDataBatch.MAX_ROWS) {
                    throw InvalidInput.of("file", "error.serviceData.tooManyRows", ServiceDataBatch.MAX_ROWS);
                }
                RowProblems row = new RowProblems(kind.row(rows.size()));
                List<String> values =
                        columnsOf(kind).stream().map(c -> value(record, c)).toList();
                rows.add(values.stream().map(v -> v == null ? "" : v).toList());
                switch (kind) {
                    case TICKETS -> tickets.add(ticket(record, row));
                    case OUTAGES -> outages.add(outage(record, row));
                    case KPI_VALUES -> kpiValues.add(kpiValue(record, row));
                    default -> throw new IllegalStateException(kind.name());
                }
                problems.addAll(row.problems());
            }
            return new Parsed(columnsOf(kind), rows, new ServiceDataBatch(tickets, outages, kpiValues), problems);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "error.serviceData.csvUnreadable", String.valueOf(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw InvalidInput.of(
                    "file",
                    "error.serviceData.csvUnreadable",
                    String.valueOf(e.getCause().getMessage()));
        }
    }

    private static void checkHeader(RecordKind kind, List<String> header) {
        List<String> known = columnsOf(kind);
        List<String> unknown = header.stream().filter(h -> !known.contains(h)).toList();
        List<String> missing =
                REQUIRED.get(kind).stream().filter(c -> !header.contains(c)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw InvalidInput.of(
                    "file",
                    "error.serviceData.csvHeader",
                    String.join(", ", missing),
                    String.join(", ", unknown),
                    String.join(", ", known));
        }
    }

    private static TicketData ticket(CSVRecord record, RowProblems row) {
        return new TicketData(
                value(record, "external_id"),
                value(record, "service"),
                value(record, "customer"),
                value(record, "kind"),
                value(record, "priority"),
                value(record, "category"),
                value(record, "opened"),
                value(record, "first_response"),
                value(record, "resolved"),
                pauses(value(record, "pauses"), row));
    }

    /** "start/end;start/end", each an ISO-8601 moment with offset. */
    private static List<PauseData> pauses(String text, RowProblems row) {
        if (text == null) {
            return List.of();
        }
        List<PauseData> pauses = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.split("/");
            if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
                row.add("pauses", "error.serviceData.pauseFormat", part.trim());
            } else {
                pauses.add(new PauseData(ends[0].trim(), ends[1].trim()));
            }
        }
        return pauses;
    }

    private static OutageData outage(CSVRecord record, RowProblems row) {
        return new OutageData(
                value(record, "external_id"),
                value(record, "service"),
                value(record, "starts"),
                value(record, "ends"),
                row.flag("planned", value(record, "planned")),
                value(record, "description"));
    }

    private static KpiValueData kpiValue(CSVRecord record, RowProblems row) {
        return new KpiValueData(
                value(record, "external_id"),
                value(record, "sla"),
                value(record, "measure"),
                value(record, "period"),
                row.number("value", value(record, "value")),
                value(record, "note"));
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ByteArrayInputStream withoutBom(byte[] content) {
        boolean bom = content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        return bom ? new ByteArrayInputStream(content, 3, content.length - 3) : new ByteArrayInputStream(content);
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
