package org.sepakat.measurement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;
import org.sepakat.shared.persistence.IdBlocks;

/**
 * Stores the new reports of a review run, with their target, limit and exclusion lines, as a
 * handful of JDBC batches in the run's transaction (db changelog 005, the columns the
 * {@link PeriodReport} mapping reads). Each report is given its id and stamped first.
 */
@Dependent
public class ReportInserts {

    /** A new report is not reviewed yet: the review's columns stay empty. */
    private static final BulkTable REPORTS = BulkTable.of(PeriodReport.class, "rv_period_report")
            .column("id", Types.BIGINT)
            .column("version", Types.BIGINT)
            .column("created_at", Types.TIMESTAMP)
            .column("created_by", Types.VARCHAR)
            .column("changed_at", Types.TIMESTAMP)
            .column("changed_by", Types.VARCHAR)
            .column("agreement_id", Types.BIGINT)
            .column("agreement_reference", Types.VARCHAR)
            .column("agreement_title", Types.VARCHAR)
            .column("agreed_version", Types.INTEGER)
            .column("customer_id", Types.BIGINT)
            .column("customer_code", Types.VARCHAR)
            .column("period_start", Types.DATE)
            .column("period_end", Types.DATE)
            .column("time_zone", Types.VARCHAR)
            .column("rating", Types.VARCHAR)
            .column("triggered_by", Types.VARCHAR)
            .column("review_state", Types.VARCHAR)
            .notWritten("review_comments", "review_actions", "reviewed_by", "reviewed_at");
    /** The lines of a report: its id and the line's position, then the line. */
    private static final BulkTable TARGETS = BulkTable.of(PeriodReport.class, "rv_target_result")
            .column("report_id", Types.BIGINT)
            .column("item_order", Types.INTEGER)
            .column("target_name", Types.VARCHAR)
            .column("metric", Types.VARCHAR)
            .column("comparison", Types.VARCHAR)
            .column("threshold", Types.NUMERIC)
            .column("unit", Types.VARCHAR)
            .column("measured_from", Types.DATE)
            .column("measured_to", Types.DATE)
            .column("attained", Types.NUMERIC)
            .column("outcome", Types.VARCHAR)
            .column("counted", Types.BIGINT)
            .column("within_target", Types.BIGINT);

    private static final BulkTable LIMITS = BulkTable.of(PeriodReport.class, "rv_limit_result")
            .column("report_id", Types.BIGINT)
            .column("item_order", Types.INTEGER)
            .column("limit_name", Types.VARCHAR)
            .column("metric", Types.VARCHAR)
            .column("maximum_per_period", Types.BIGINT)
            .column("over_limit", Types.VARCHAR)
            .column("measured_from", Types.DATE)
            .column("measured_to", Types.DATE)
            .column("actual", Types.NUMERIC)
            .column("share_of_limit", Types.NUMERIC)
            .column("previous_actual", Types.NUMERIC)
            .column("change_percent", Types.NUMERIC)
            .column("outcome", Types.VARCHAR)
            .column("previous_restated", Types.NUMERIC);
    private static final BulkTable EXCLUSIONS = BulkTable.of(PeriodReport.class, "rv_exclusion")
            .column("report_id", Types.BIGINT)
            .column("item_order", Types.INTEGER)
            .column("applies_to", Types.VARCHAR)
            .column("reason", Types.VARCHAR)
            .column("detail", Types.VARCHAR)
            .column("amount", Types.NUMERIC)
            .column("amount_unit", Types.VARCHAR);

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
        try (BulkInsert insert = BulkInsert.into(connection, REPORTS)) {
            for (PeriodReport r : reports) {
                insert.row(
                        r.getId(),
                        r.getVersion(),
                        r.getCreatedAt(),
                        r.getCreatedBy(),
                        r.getChangedAt(),
                        r.getChangedBy(),
                        r.getAgreementId(),
                        r.getAgreementReference(),
                        r.getAgreementTitle(),
                        r.getAgreedVersion(),
                        r.getCustomerId(),
                        r.getCustomerCode(),
                        r.getPeriod(),
                        r.getPeriodEnd(),
                        r.getTimeZone(),
                        r.getRating(),
                        r.getTriggeredBy(),
                        r.getReviewState());
            }
        }
    }

    private static void targets(Connection connection, List<PeriodReport> reports) throws SQLException {
        lines(connection, reports, PeriodReport::getTargets, TARGETS, t -> new Object[] {
            t.getName(),
            t.getMetric(),
            t.getComparison(),
            t.getThreshold(),
            t.getUnit(),
            t.getMeasuredFrom(),
            t.getMeasuredTo(),
            t.getAttained(),
            t.getOutcome(),
            t.getCounted(),
            t.getWithinTarget()
        });
    }

    private static void limits(Connection connection, List<PeriodReport> reports) throws SQLException {
        lines(connection, reports, PeriodReport::getLimits, LIMITS, l -> new Object[] {
            l.getName(),
            l.getMetric(),
            l.getMaximum(),
            l.getOverLimit(),
            l.getMeasuredFrom(),
            l.getMeasuredTo(),
            l.getActual(),
            l.getShareOfLimit(),
            l.getPreviousActual(),
            l.getChangePercent(),
            l.getOutcome(),
            l.getPreviousRestated()
        });
    }

    private static void exclusions(Connection connection, List<PeriodReport> reports) throws SQLException {
        lines(connection, reports, PeriodReport::getExclusions, EXCLUSIONS, x ->
                new Object[] {x.getAppliesTo(), x.getReason(), x.getDetail(), x.getAmount(), x.getAmountUnit()});
    }

    /** The ordered lines of each report into their collection table: report id, position, then the line's columns. */
    private static <T> void lines(
            Connection connection,
            List<PeriodReport> reports,
            Function<PeriodReport, List<T>> of,
            BulkTable table,
            Function<T, Object[]> values)
            throws SQLException {
        try (BulkInsert insert = BulkInsert.into(connection, table)) {
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
