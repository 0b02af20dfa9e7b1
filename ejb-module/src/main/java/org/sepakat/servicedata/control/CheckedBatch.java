package org.sepakat.servicedata.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sepakat.servicedata.entity.KpiFacts;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.ServiceDataBatch;
import org.sepakat.servicedata.entity.TicketFacts;
import org.sepakat.shared.entity.FieldProblem;

/** A delivery after every check: the rows as facts ready to store, or every problem found. */
public record CheckedBatch(
        List<Row<TicketFacts>> tickets,
        List<Row<OutageFacts>> outages,
        List<Row<KpiFacts>> kpiValues,
        List<FieldProblem> problems) {

    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]");

    /** One row that passed its checks; a KPI value may come without an external id. */
    public record Row<F>(int index, String externalId, F facts) {}

    /** Problems in delivery order: tickets, outages, KPI values, each by row number. */
    public static long order(FieldProblem problem) {
        Matcher row = ROW.matcher(problem.field());
        if (!row.lookingAt()) {
            return -1;
        }
        long kind = switch (row.group(1)) {
            case "tickets" -> 0;
            case "outages" -> 1;
            default -> 2;
        };
        return kind * ServiceDataBatch.MAX_ROWS * 10 + Long.parseLong(row.group(2));
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
