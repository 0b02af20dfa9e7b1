package org.sepakat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV files of service data as a service desk or monitoring tool would export them, for tests
 * that upload them (the service data page, the end-to-end review). Columns as the upload page
 * documents them; values with a comma or quote are quoted.
 */
public final class ServiceDataCsv {

    public static final List<String> TICKET_COLUMNS = List.of(
            "external_id",
            "service",
            "customer",
            "kind",
            "priority",
            "category",
            "opened",
            "first_response",
            "resolved",
            "pauses");
    public static final List<String> OUTAGE_COLUMNS =
            List.of("external_id", "service", "starts", "ends", "planned", "description");
    public static final List<String> KPI_COLUMNS = List.of("external_id", "sla", "measure", "period", "value", "note");

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    private ServiceDataCsv(List<String> columns) {
        this.columns = columns;
    }

    public static ServiceDataCsv tickets() {
        return new ServiceDataCsv(TICKET_COLUMNS);
    }

    public static ServiceDataCsv outages() {
        return new ServiceDataCsv(OUTAGE_COLUMNS);
    }

    public static ServiceDataCsv kpiValues() {
        return new ServiceDataCsv(KPI_COLUMNS);
    }

    /** One row, values in the order of the columns; null or "" leaves a value empty. */
    public ServiceDataCsv row(String... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values: " + columns);
        }
        rows.add(Stream.of(values).map(v -> v == null ? "" : v).toList());
        return this;
    }

    /** A ticket with no category, first response or pauses. */
    public ServiceDataCsv ticket(
            String externalId, String service, String customer, String priority, String opened, String resolved) {
        return row(externalId, service, customer, "incident", priority, null, opened, null, resolved, null);
    }

    /** An outage that is not planned. */
    public ServiceDataCsv outage(String externalId, String service, String starts, String ends) {
        return row(externalId, service, starts, ends, "false", null);
    }

    public ServiceDataCsv kpiValue(String sla, String measure, String month, String value) {
        return row(null, sla, measure, month, value, null);
    }

    public String text() {
        return Stream.concat(Stream.of(columns), rows.stream())
                .map(values -> values.stream().map(ServiceDataCsv::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The CSV as a file in a fresh temporary directory, named as a user would name it. */
    public Path write(String fileName) {
        try {
            Path file = Files.createTempDirectory("sepakat-csv").resolve(fileName);
            Files.writeString(file, text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
