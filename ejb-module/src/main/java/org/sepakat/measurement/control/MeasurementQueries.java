package org.sepakat.measurement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The aggregate queries of a review run, set-based over every SLA of the run at once (GROUP BY SLA
 * and item), on Derby and PostgreSQL. Business seconds up to a moment m on a timeline are
 * {@code cum_before + is_open × (m − from_s)} of the slot holding m, found by (timeline, m / 86400).
 */
@Dependent
public class MeasurementQueries {

    private static final int BATCH = 1000;
    /** Runs of at least this many working rows refresh the working table's statistics first (PostgreSQL). */
    private static final int ANALYZE_FROM = 1000;
    static final String NOT_EXCLUDED = " AND (t.category IS NULL OR NOT EXISTS (SELECT 1 FROM sl_agreed_category_pub c"
            + " WHERE c.agreement_id = g.agreement_id AND c.category = t.category))";

    @PersistenceContext
    EntityManager em;

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    /** Business seconds up to {@code moment} by the slot joined as {@code slot}. */
    static String at(String slot, String moment) {
        return "(" + slot + ".cum_before + " + slot + ".is_open * ((" + moment + ") - " + slot + ".from_s))";
    }

    /**
     * Business seconds up to {@code moment} on {@code timeline} as a scalar subquery: one index
     * lookup per row whatever the planner thinks of the rows around it.
     */
    static String businessAt(String timeline, String moment) {
        return "(SELECT " + at("z", moment) + " FROM rv_timeline_slot z WHERE " + holds("z", timeline, moment) + ")";
    }

    /** The slot of {@code timeline} holding {@code moment}. */
    static String holds(String slot, String timeline, String moment) {
        return slot + ".timeline_id = " + timeline + " AND " + slot + ".day_no = (" + moment + ") / 86400 AND " + slot
                + ".from_s <= (" + moment + ") AND " + slot + ".to_s > (" + moment + ")";
    }

    /**
     * Writes the run's working rows; {@code asOf} (null in a review) is the instant a reproduction
     * reads the service data as it stood at.
     */
    public void insert(long run, List<RunItem> items, Instant asOf) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO rv_run_item (run_id, agreement_id,"
                + " item_order, customer_id, metric, priority, ticket_kind, measure_name, within_s, timeline_id,"
                + " base_timeline_id, from_s, to_s, prev_from_s, cover_from_s, span_start, prev_start, as_of)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (RunItem item : items) {
                insert.setLong(1, run);
                insert.setLong(2, item.agreementId());
                insert.setInt(3, item.itemOrder());
                insert.setLong(4, item.customerId());
                insert.setString(5, item.metric());
                insert.setString(6, item.priority());
                insert.setString(7, item.ticketKind());
                insert.setString(8, item.measureName());
                setLong(insert, 9, item.withinSeconds());
                setLong(insert, 10, item.timelineId());
                setLong(insert, 11, item.baseTimelineId());
                insert.setLong(12, item.fromSecond());
                insert.setLong(13, item.toSecond());
                setLong(insert, 14, item.previousFromSecond());
                setLong(insert, 15, item.coverFromSecond());
                insert.setDate(16, item.spanStart() == null ? null : Date.valueOf(item.spanStart()));
                insert.setDate(17, item.previousStart() == null ? null : Date.valueOf(item.previousStart()));
                insert.setTimestamp(18, asOf == null ? null : Timestamp.from(asOf));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            if (items.size() >= ANALYZE_FROM && isPostgreSql()) {
                // the working table is empty between runs: without fresh statistics PostgreSQL plans a large
                // run as if it held one row (a nested loop per SLA) instead of one pass over the tickets
                try (Statement analyze = connection().createStatement()) {
                    analyze.execute("ANALYZE rv_run_item");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("review run " + run + " could not be prepared", e);
        }
    }

    private boolean isPostgreSql() throws SQLException {
        return connection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    public void delete(long run) {
        try (PreparedStatement delete = connection().prepareStatement("DELETE FROM rv_run_item WHERE run_id = ?")) {
            delete.setLong(1, run);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("review run " + run + " could not be cleaned up", e);
        }
    }

    /** Measures every item of the run into {@code measured} (by SLA id), reading the service data {@code from}. */
    public void measure(long run, List<RunItem> items, Map<Long, Measured> measured, ServiceDataRelations from) {
        Connection connection = connection();
        TicketRange span = TicketRange.of(items, false);
        try {
            TicketQueries.measure(connection, run, span, measured, from);
            availability(connection, run, measured, from);
            kpiTargets(connection, run, measured, from);
            workloads(connection, run, TicketRange.of(items, true), measured, from);
            excludedTickets(connection, run, span, measured, from);
        } catch (SQLException e) {
            throw new IllegalStateException("review run " + run + " could not be measured", e);
        }
    }

    static ResultSet query(PreparedStatement statement, long run) throws SQLException {
        statement.setLong(1, run);
        return statement.executeQuery();
    }

    /** The run and the bounds of the tickets the statement needs. */
    static ResultSet query(PreparedStatement statement, long run, TicketRange range) throws SQLException {
        range.bind(statement, 2);
        return query(statement, run);
    }

    private static void availability(Connection connection, long run, Map<Long, Measured> measured,
            ServiceDataRelations from) throws SQLException {
        String time = "SELECT g.agreement_id, g.item_order, "
                + businessAt("g.timeline_id", "g.to_s") + " - " + businessAt("g.timeline_id", "g.from_s") + ", "
                + businessAt("g.base_timeline_id", "g.to_s") + " - " + businessAt("g.base_timeline_id", "g.from_s")
                + " FROM rv_run_item g WHERE g.run_id = ? AND g.metric = 'AVAILABILITY'";
        try (PreparedStatement select = connection.prepareStatement(time); ResultSet row = query(select, run)) {
            while (row.next()) {
                long service = row.getLong(3);
                measured.get(row.getLong(1)).availability(row.getInt(2),
                        new Measured.Availability(service, row.getLong(4) - service, 0, 0, 0));
            }
        }
        String starts = "CASE WHEN o.starts_s > g.from_s THEN o.starts_s ELSE g.from_s END";
        String ends = "CASE WHEN o.ends_s IS NULL OR o.ends_s > g.to_s THEN g.to_s ELSE o.ends_s END";
        String outages = "SELECT x.agreement_id, x.item_order,"
                + " SUM(CASE WHEN x.planned = 0 THEN x.business ELSE 0 END),"
                + " SUM(CASE WHEN x.planned = 0 THEN x.wall - x.business ELSE 0 END),"
                + " SUM(CASE WHEN x.planned = 1 THEN x.wall ELSE 0 END)"
                + " FROM (SELECT g.agreement_id, g.item_order, CASE WHEN o.planned = TRUE THEN 1 ELSE 0 END AS planned,"
                + " (" + ends + ") - (" + starts + ") AS wall, "
                + businessAt("g.timeline_id", ends) + " - " + businessAt("g.timeline_id", starts) + " AS business"
                + " FROM rv_run_item g, sl_agreed_service_pub v, " + from.outages()
                + " WHERE g.run_id = ? AND g.metric = 'AVAILABILITY' AND v.agreement_id = g.agreement_id"
                + " AND o.service_id = v.service_id AND o.starts_s < g.to_s AND (o.ends_s IS NULL OR o.ends_s > g.from_s)"
                + from.outagesAt() + ") x"
                + " GROUP BY x.agreement_id, x.item_order";
        try (PreparedStatement select = connection.prepareStatement(outages); ResultSet row = query(select, run)) {
            while (row.next()) {
                Measured sla = measured.get(row.getLong(1));
                Measured.Availability known = sla.availability.get(row.getInt(2));
                if (known != null) {
                    sla.availability(row.getInt(2), known.withOutages(row.getLong(3), row.getLong(4), row.getLong(5)));
                }
            }
        }
    }

    private static void kpiTargets(Connection connection, long run, Map<Long, Measured> measured,
            ServiceDataRelations from) throws SQLException {
        String kpis = "SELECT g.agreement_id, g.item_order, k.measured_value FROM rv_run_item g, " + from.kpiValues()
                + " WHERE g.run_id = ? AND g.metric = 'CUSTOM_KPI' AND k.agreement_id = g.agreement_id"
                + " AND k.measure_name = g.measure_name AND k.period_start = g.span_start" + from.kpiValuesAt();
        try (PreparedStatement select = connection.prepareStatement(kpis); ResultSet row = query(select, run)) {
            while (row.next()) {
                measured.get(row.getLong(1)).kpi(row.getInt(2), row.getBigDecimal(3));
            }
        }
    }

    private static void workloads(Connection connection, long run, TicketRange range, Map<Long, Measured> measured,
            ServiceDataRelations from) throws SQLException {
        String counted = "SELECT g.agreement_id, g.item_order, SUM(CASE WHEN t.opened_s >= g.from_s THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.opened_s < g.from_s THEN 1 ELSE 0 END)"
                + " FROM rv_run_item g, sl_agreed_service_pub s, " + from.tickets()
                + " WHERE g.run_id = ? AND g.metric IN ('TICKETS', 'CHANGES') AND s.agreement_id = g.agreement_id"
                + " AND t.customer_id = g.customer_id AND t.service_id = s.service_id"
                + " AND " + TicketRange.OPENED + " AND t.opened_s >= g.prev_from_s AND t.opened_s < g.to_s"
                + " AND (g.ticket_kind IS NULL OR t.kind = g.ticket_kind)" + NOT_EXCLUDED + from.ticketsAt()
                + " GROUP BY g.agreement_id, g.item_order";
        try (PreparedStatement select = connection.prepareStatement(counted); ResultSet row = query(select, run, range)) {
            while (row.next()) {
                measured.get(row.getLong(1)).workload(row.getInt(2),
                        new Measured.Workload(BigDecimal.valueOf(row.getLong(3)), BigDecimal.valueOf(row.getLong(4))));
            }
        }
        String delivered = "SELECT g.agreement_id, g.item_order, k.period_start, g.span_start, k.measured_value"
                + " FROM rv_run_item g, " + from.kpiValues()
                + " WHERE g.run_id = ? AND g.metric IN ('NAMED_USERS', 'CUSTOM') AND k.agreement_id = g.agreement_id"
                + " AND k.measure_name = g.measure_name AND (k.period_start = g.span_start OR k.period_start = g.prev_start)"
                + from.kpiValuesAt();
        try (PreparedStatement select = connection.prepareStatement(delivered); ResultSet row = query(select, run)) {
            while (row.next()) {
                Measured sla = measured.get(row.getLong(1));
                Measured.Workload known = sla.workloads.getOrDefault(row.getInt(2), new Measured.Workload(null, null));
                boolean current = row.getDate(3).equals(row.getDate(4));
                sla.workload(row.getInt(2), current ? new Measured.Workload(row.getBigDecimal(5), known.previous())
                        : new Measured.Workload(known.actual(), row.getBigDecimal(5)));
            }
        }
    }

    private static void excludedTickets(Connection connection, long run, TicketRange range, Map<Long, Measured> measured,
            ServiceDataRelations from) throws SQLException {
        String excluded = "SELECT g.agreement_id, COUNT(*) FROM rv_run_item g, sl_agreed_service_pub s, "
                + from.tickets() + ", sl_agreed_category_pub c"
                + " WHERE g.run_id = ? AND g.metric = 'SLA' AND s.agreement_id = g.agreement_id"
                + " AND t.customer_id = g.customer_id AND t.service_id = s.service_id AND " + TicketRange.OPENED
                + " AND t.opened_s >= g.from_s AND t.opened_s < g.to_s AND c.agreement_id = g.agreement_id"
                + " AND c.category = t.category" + from.ticketsAt()
                + " GROUP BY g.agreement_id";
        try (PreparedStatement select = connection.prepareStatement(excluded); ResultSet row = query(select, run, range)) {
            while (row.next()) {
                measured.get(row.getLong(1)).excludedTickets(row.getLong(2));
            }
        }
    }
}
