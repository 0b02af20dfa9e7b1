package org.sepakat.review.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sepakat.review.entity.PeriodReport;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.IdBlocks;

/**
 * Stores the new reports of a review run, with their target, limit and exclusion lines, as a
 * handful of JDBC batches in the run's transaction (db changelog 005, the columns the
 * {@link PeriodReport} mapping reads). Each report is given its id and stamped first.
 */
@Dependent
public class ReportInserts {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdBlocks ids;

    public void insert(List<PeriodReport> reports) {
        long id = ids.reserve(reports.size());
        for (PeriodReport report : reports) {
            report.storedAs(id++);
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            reports(connection, reports);
            targets(connection, reports);
            limits(connection, reports);
            exclusions(connection, reports);
        } catch (SQLException e) {
            throw new IllegalStateException(reports.size() + " period reports could not be stored", e);
        }
    }

    private static void reports(Connection connection, List<PeriodReport> reports) throws SQLException {
        try (BulkInsert insert = BulkInsert.into(connection, "rv_period_report", List.of("id", "version", "created_at",
                "created_by", "changed_at", "changed_by", "agreement_id", "agreement_reference", "agreement_title",
                "agreed_version", "customer_id", "customer_code", "period_start", "period_end", "time_zone", "rating",
                "triggered_by", "review_state"),
                Types.BIGINT, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.BIGINT,
                Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.DATE,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR)) {
            for (PeriodReport r : reports) {
                insert.row(r.getId(), r.getVersion(), r.getCreatedAt(), r.getCreatedBy(), r.getChangedAt(),
                        r.getChangedBy(), r.getAgreementId(), r.getAgreementReference(), r.getAgreementTitle(),
                        r.getAgreedVersion(), r.getCustomerId(), r.getCustomerCode(), r.getPeriodStart(),
                        r.getPeriodEnd(), r.getTimeZone(), r.getRating(), r.getTriggeredBy(), r.getReviewState());
            }
        }
    }

    private static void targets(Connection connection, List<PeriodReport> reports) throws SQLException {
        lines(connection, reports, PeriodReport::getTargets, "rv_target_result", List.of("target_name", "metric",
                "comparison", "threshold", "unit", "measured_from", "measured_to", "attained", "outcome", "counted",
                "within_target"),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.DATE,
                    Types.DATE, Types.NUMERIC, Types.VARCHAR, Types.BIGINT, Types.BIGINT},
                t -> new Object[] {t.getName(), t.getMetric(), t.getComparison(), t.getThreshold(), t.getUnit(),
                    t.getMeasuredFrom(), t.getMeasuredTo(), t.getAttained(), t.getOutcome(), t.getCounted(),
                    t.getWithinTarget()});
    }

    private static void limits(Connection connection, List<PeriodReport> reports) throws SQLException {
        lines(connection, reports, PeriodReport::getLimits, "rv_limit_result", List.of("limit_name", "metric",
                "maximum_per_period", "over_limit", "measured_from", "measured_to", "actual", "share_of_limit",
                "previous_actual", "change_percent", "outcome"),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.DATE,
                    Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR},
                l -> new Object[] {l.getName(), l.getMetric(), l.getMaximum(), l.getOverLimit(), l.getMeasuredFrom(),
                    l.getMeasuredTo(), l.getActual(), l.getShareOfLimit(), l.getPreviousActual(), l.getChangePercent(),
                    l.getOutcome()});
    }

    private static void exclusions(Connection connection, List<PeriodReport> reports) throws SQLException {
        lines(connection, reports, PeriodReport::getExclusions, "rv_exclusion", List.of("applies_to", "reason", "detail",
                "amount", "amount_unit"),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR},
                x -> new Object[] {x.getAppliesTo(), x.getReason(), x.getDetail(), x.getAmount(), x.getAmountUnit()});
    }

    /** The ordered lines of each report into their collection table: report id, position, then the line's columns. */
    private static <T> void lines(Connection connection, List<PeriodReport> reports, Function<PeriodReport, List<T>> of,
            String table, List<String> columns, int[] types, Function<T, Object[]> values) throws SQLException {
        List<String> all = new ArrayList<>(List.of("report_id", "item_order"));
        all.addAll(columns);
        int[] allTypes = new int[types.length + 2];
        allTypes[0] = Types.BIGINT;
        allTypes[1] = Types.INTEGER;
        System.arraycopy(types, 0, allTypes, 2, types.length);
        try (BulkInsert insert = BulkInsert.into(connection, table, all, allTypes)) {
            for (PeriodReport report : reports) {
                List<T> lines = of.apply(report);
                for (int i = 0; i < lines.size(); i++) {
                    Object[] line = values.apply(lines.get(i));
                    Object[] row = new Object[line.length + 2];
                    row[0] = report.getId();
                    row[1] = i;
                    System.arraycopy(line, 0, row, 2, line.length);
                    insert.row(row);
                }
            }
        }
    }
}
