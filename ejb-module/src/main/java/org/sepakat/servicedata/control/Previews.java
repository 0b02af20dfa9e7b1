package org.sepakat.servicedata.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sepakat.servicedata.entity.CsvPreview;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.shared.entity.FieldProblem;

/** Puts the problems of a checked CSV file beside the rows they belong to, named by column. */
public final class Previews {

    private Previews() {}

    public static CsvPreview of(RecordKind kind, CsvReader.Parsed parsed, List<FieldProblem> problems) {
        List<CsvPreview.PreviewRow> rows = new ArrayList<>();
        for (int i = 0; i < parsed.rows().size(); i++) {
            String prefix = kind.row(i) + ".";
            Set<String> unreadable = new HashSet<>();
            List<FieldProblem> own = new ArrayList<>();
            for (FieldProblem problem : problems) {
                if (!problem.field().startsWith(prefix)) {
                    continue;
                }
                String column = CsvReader.columnOf(
                        kind, problem.field().substring(prefix.length()).split("[.\\[]")[0]);
                // a value that could not be read is reported once, not again as missing
                if (problem.violation() == null) {
                    unreadable.add(column);
                } else if (unreadable.contains(column)) {
                    continue;
                }
                own.add(new FieldProblem(column, problem.messageKey(), problem.arguments(), problem.violation()));
            }
            rows.add(new CsvPreview.PreviewRow(i + 2, parsed.rows().get(i), own));
        }
        return new CsvPreview(kind, parsed.columns(), rows, parsed.batch());
    }
}
