package org.sepakat.servicedata.entity;

import java.io.Serializable;
import java.util.List;
import org.sepakat.shared.entity.FieldProblem;

/**
 * A CSV file read and checked but not stored: every row with its values and its problems (by
 * column), and the delivery to store when no row has any.
 */
public record CsvPreview(RecordKind kind, List<String> columns, List<PreviewRow> rows, ServiceDataBatch batch)
        implements Serializable {

    /** One data row of the file: its line, its values in column order, its problems. */
    public record PreviewRow(int line, List<String> values, List<FieldProblem> problems) implements Serializable {
        public boolean isValid() {
            return problems.isEmpty();
        }

        /** For pages: Expression Language reads bean getters, not record accessors. */
        public int getLine() {
            return line;
        }
    }

    public CsvPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** For pages: Expression Language reads bean getters, not record accessors. */
    public List<PreviewRow> getRows() {
        return rows;
    }

    public List<String> getColumns() {
        return columns;
    }

    public long getErrorRows() {
        return rows.stream().filter(r -> !r.isValid()).count();
    }

    public boolean isImportable() {
        return !rows.isEmpty() && getErrorRows() == 0;
    }
}
