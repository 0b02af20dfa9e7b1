package org.sepakat.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.ExclusionReason;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.shared.entity.Period;

/**
 * Period reports for the read side's tests, stored with plain SQL as the computation would
 * store them (the entity builds them, so the rating follows the real rule). Ids come from the
 * application's own id table, so they never collide with records the application creates.
 */
public final class StoredReports {

    public static final String AVAILABILITY = "Mail availability";
    public static final String RESPONSE = "P1 first response";
    public static final String TICKETS = "Tickets per month";

    private StoredReports() {}

    /**
     * A month of an SLA: availability (met), P1 response (attained {@code response} %, missed below
     * 90), tickets against a limit of 100, and one maintenance window excluded.
     */
    public static PeriodReport sample(
            Long agreementId,
            String reference,
            Long customerId,
            String customerCode,
            Period period,
            BigDecimal response,
            long tickets) {
        return sample(
                agreementId,
                reference,
                customerId,
                customerCode,
                period,
                response,
                tickets,
                AVAILABILITY,
                TICKETS,
                null,
                null);
    }

    /**
     * As {@link #sample(Long, String, Long, String, Period, BigDecimal, long)}, naming the availability target and the
     * limit; the limit's previous figure {@code previous} as the month before's report gave it and {@code restated} as
     * recomputed since (or nulls).
     */
    public static PeriodReport sample(
            Long agreementId,
            String reference,
            Long customerId,
            String customerCode,
            Period period,
            BigDecimal response,
            long tickets,
            String availability,
            String ticketLimit,
            BigDecimal previous,
            BigDecimal restated) {
        LocalDate start = period.firstDay();
        LocalDate end = start.plusMonths(1);
        BigDecimal share = BigDecimal.valueOf(tickets);
        return new PeriodReport(
                agreementId,
                reference,
                "Mail for Finance",
                1,
                customerId,
                customerCode,
                period,
                "Asia/Jakarta",
                RunTrigger.SCHEDULE,
                List.of(
                        new TargetResult(
                                availability,
                                "AVAILABILITY",
                                "AT_LEAST",
                                new BigDecimal("99.5"),
                                "%",
                                start,
                                end,
                                new BigDecimal("99.9"),
                                TargetOutcome.MET,
                                1_000_000,
                                999_000),
                        new TargetResult(
                                RESPONSE,
                                "RESPONSE_TIME",
                                "AT_LEAST",
                                new BigDecimal("90"),
                                "%",
                                start,
                                end,
                                response,
                                response.compareTo(new BigDecimal("90")) < 0 ? TargetOutcome.MISSED : TargetOutcome.MET,
                                20,
                                response.divide(new BigDecimal("5")).longValue())),
                List.of(new LimitResult(
                        ticketLimit,
                        "TICKETS",
                        100,
                        "REPORT_ONLY",
                        start,
                        end,
                        BigDecimal.valueOf(tickets),
                        share,
                        previous,
                        previous == null || previous.signum() == 0
                                ? null
                                : BigDecimal.valueOf(tickets)
                                        .subtract(previous)
                                        .multiply(BigDecimal.valueOf(100))
                                        .divide(previous, 2, java.math.RoundingMode.HALF_UP),
                        tickets > 100 ? LimitOutcome.EXCEEDED : LimitOutcome.WITHIN,
                        restated)),
                List.of(new Exclusion(
                        availability,
                        ExclusionReason.MAINTENANCE_WINDOW,
                        "Patch night",
                        new BigDecimal("7200"),
                        "SECONDS")));
    }

    /** Stores the report with its lines in one transaction; returns its id. */
    public static long store(DataSource dataSource, PeriodReport r) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id = nextId(c);
            Timestamp now = Timestamp.from(Instant.now());
            update(
                    c,
                    "INSERT INTO rv_period_report (id, version, created_at, created_by, changed_at, changed_by, "
                            + "agreement_id, agreement_reference, agreement_title, agreed_version, customer_id, customer_code, "
                            + "period_start, period_end, time_zone, rating, triggered_by, review_state) "
                            + "VALUES (?, 1, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    now,
                    now,
                    r.getAgreementId(),
                    r.getAgreementReference(),
                    r.getAgreementTitle(),
                    r.getAgreedVersion(),
                    r.getCustomerId(),
                    r.getCustomerCode(),
                    r.getPeriodStart(),
                    r.getPeriodEnd(),
                    r.getTimeZone(),
                    r.getRating().name(),
                    r.getTriggeredBy().name(),
                    r.getReviewState().name());
            int order = 0;
            for (TargetResult t : r.getTargets()) {
                update(
                        c,
                        "INSERT INTO rv_target_result (report_id, item_order, target_name, metric, comparison, threshold, "
                                + "unit, measured_from, measured_to, attained, outcome, counted, within_target) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        order++,
                        t.getName(),
                        t.getMetric(),
                        t.getComparison(),
                        t.getThreshold(),
                        t.getUnit(),
                        t.getMeasuredFrom(),
                        t.getMeasuredTo(),
                        t.getAttained(),
                        t.getOutcome().name(),
                        t.getCounted(),
                        t.getWithinTarget());
            }
            order = 0;
            for (LimitResult l : r.getLimits()) {
                update(
                        c,
                        "INSERT INTO rv_limit_result (report_id, item_order, limit_name, metric, maximum_per_period, "
                                + "over_limit, measured_from, measured_to, actual, share_of_limit, previous_actual, change_percent, "
                                + "outcome, previous_restated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        order++,
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
                        l.getOutcome().name(),
                        l.getPreviousRestated());
            }
            order = 0;
            for (Exclusion e : r.getExclusions()) {
                update(
                        c,
                        "INSERT INTO rv_exclusion (report_id, item_order, applies_to, reason, detail, amount, amount_unit) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id,
                        order++,
                        e.getAppliesTo(),
                        e.getReason().name(),
                        e.getDetail(),
                        e.getAmount(),
                        e.getAmountUnit());
            }
            c.commit();
            return id;
        }
    }

    /** Takes one id from the generator table EclipseLink allocates from; its next block starts above it. */
    private static long nextId(Connection c) throws SQLException {
        update(c, "UPDATE sepakat_ids SET next_value = next_value + 1 WHERE id_name = 'sepakat'");
        try (PreparedStatement select =
                        c.prepareStatement("SELECT next_value FROM sepakat_ids WHERE id_name = 'sepakat'");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof LocalDate day) {
                    statement.setDate(i + 1, Date.valueOf(day));
                } else if (value == null) {
                    statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }
}
