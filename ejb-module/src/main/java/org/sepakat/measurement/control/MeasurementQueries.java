package org.sepakat.measurement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;
import org.sepakat.shared.terms.DataScope;
import org.sepakat.shared.terms.ScopedService;

/**
 * The aggregate queries of a review run, set-based over every SLA of the run at once (GROUP BY SLA
 * and item), on Derby and PostgreSQL. Business seconds up to a moment m on a timeline are
 * {@code cum_before + is_open × (m − from_s)} of the slot holding m, found by (timeline, m / 86400).
 */
@Dependent
public class MeasurementQueries {

    /** What one review run measures (changelog 006): a row per SLA, target and workload limit, deleted after the run. */
    private static final BulkTable RUN_ITEMS = BulkTable.working("rv_run_item")
            .column("run_id", Types.BIGINT)
            .column("agreement_id", Types.BIGINT)
            .column("item_order", Types.INTEGER)
            .column("customer_id", Types.BIGINT)
            .column("metric", Types.VARCHAR)
            .column("priority", Types.VARCHAR)
            .column("ticket_kind", Types.VARCHAR)
            .column("measure_name", Types.VARCHAR)
            .column("within_s", Types.BIGINT)
            .column("timeline_id", Types.BIGINT)
            .column("base_timeline_id", Types.BIGINT)
            .column("from_s", Types.BIGINT)
            .column("to_s", Types.BIGINT)
            .column("prev_from_s", Types.BIGINT)
            .column("cover_from_s", Types.BIGINT)
            .column("span_start", Types.DATE)
            .column("prev_start", Types.DATE)
            .column("as_of", Types.TIMESTAMP)
            .column("no_response", Types.VARCHAR);
    /** The services each agreement of a run covers, from its {@link DataScope} (changelog 016), deleted after the run. */
    private static final BulkTable RUN_SERVICES = BulkTable.working("rv_run_service")
            .column("run_id", Types.BIGINT)
            .column("agreement_id", Types.BIGINT)
            .column("service_id", Types.BIGINT);
    /** The ticket categories each agreement of a run leaves out, from its {@link DataScope} (changelog 016). */
    private static final BulkTable RUN_CATEGORIES = BulkTable.working("rv_run_category")
            .column("run_id", Types.BIGINT)
            .column("agreement_id", Types.BIGINT)
            .column("category", Types.VARCHAR);

    private static final List<String> WORKING_TABLES = List.of("rv_run_item", "rv_run_service", "rv_run_category");
    /** Runs of at least this many working rows refresh the working table's statistics first (PostgreSQL). */
    private static final int ANALYZE_FROM = 1000;

    static final String NOT_EXCLUDED = " AND (t.category IS NULL OR NOT EXISTS (SELECT 1 FROM rv_run_category c"
            + " WHERE c.run_id = g.run_id AND c.agreement_id = g.agreement_id AND c.category = t.category))";
    /** The services of the item's agreement, joined as {@code s} on the working table's (run, agreement) key. */
    static final String COVERED = " AND s.run_id = g.run_id AND s.agreement_id = g.agreement_id";

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
     * Writes the run's working rows: its items and the scope of each agreement it measures (by
     * agreement id); {@code asOf} (null in a review) is the instant a reproduction reads the service
     * data as it stood at.
     */
    public void insert(long run, List<RunItem> items, Map<Long, DataScope> scopes, Instant asOf) {
        try {
            try (BulkInsert insert = BulkInsert.into(connection(), RUN_SERVICES)) {
                for (Map.Entry<Long, DataScope> scope : scopes.entrySet()) {
                    for (long service : scope.getValue().services().stream()
                            .map(ScopedService::id)
                            .distinct()
                            .toList()) {
                        insert.row(run, scope.getKey(), service);
                    }
                }
            }
            try (BulkInsert insert = BulkInsert.into(connection(), RUN_CATEGORIES)) {
                for (Map.Entry<Long, DataScope> scope : scopes.entrySet()) {
                    for (String category : scope.getValue().excludedCategories().stream()
                            .distinct()
                            .toList()) {
                        insert.row(run, scope.getKey(), category);
                    }
                }
            }
            try (BulkInsert insert = BulkInsert.into(connection(), RUN_ITEMS)) {
                for (RunItem item : items) {
                    insert.row(
                            run,
                            item.agreementId(),
                            item.itemOrder(),
                            item.customerId(),
                            item.metric(),
                            item.priority(),
                            item.ticketKind(),
                            item.measureName(),
                            item.withinSeconds(),
                            item.timelineId(),
                            item.baseTimelineId(),
                            item.fromSecond(),
                            item.toSecond(),
                            item.previousFromSecond(),
                            item.coverFromSecond(),
                            item.spanStart(),
                            item.previousStart(),
                            asOf,
                            item.noResponse());
                }
            }
            if (items.size() >= ANALYZE_FROM && isPostgreSql()) {
                // the working table is empty between runs: without fresh statistics PostgreSQL plans a large
                // run as if it held one row (a nested loop per SLA) instead of one pass over the tickets
                try (Statement analyze = connection().createStatement()) {
                    for (String table : WORKING_TABLES) {
                        analyze.execute("ANALYZE " + table);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("review run " + run + " could not be prepared", e);
        }
    }

    private boolean isPostgreSql() throws SQLException {
        return connection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    public void delete(long run) {
        try {
            for (String table : WORKING_TABLES) {
                try (PreparedStatement delete =
                        connection().prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                    delete.setLong(1, run);
                    delete.executeUpdate();
                }
            }
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
            reportedPrevious(connection, run, measured);
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

    private static void availability(
            Connection connection, long run, Map<Long, Measured> measured, ServiceDataRelations from)
            throws SQLException {
        String time = "SELECT g.agreement_id, g.item_order, "
                + businessAt("g.timeline_id", "g.to_s") + " - " + businessAt("g.timeline_id", "g.from_s") + ", "
                + businessAt("g.base_timeline_id", "g.to_s") + " - " + businessAt("g.base_timeline_id", "g.from_s")
                + " FROM rv_run_item g WHERE g.run_id = ? AND g.metric = 'AVAILABILITY'";
        try (PreparedStatement select = connection.prepareStatement(time);
                ResultSet row = query(select, run)) {
            while (row.next()) {
                long service = row.getLong(3);
                measured.get(row.getLong(1))
                        .availability(
                                row.getInt(2), new Measured.Availability(service, row.getLong(4) - service, 0, 0, 0));
            }
        }
        String starts = "CASE WHEN o.starts_s > g.from_s THEN o.starts_s ELSE g.from_s END";
        String ends = "CASE WHEN o.ends_s IS NULL OR o.ends_s > g.to_s THEN g.to_s ELSE o.ends_s END";
        String outages = "SELECT x.agreement_id, x.item_order, x.service_id,"
                + " SUM(CASE WHEN x.planned = 0 THEN x.business ELSE 0 END),"
                + " SUM(CASE WHEN x.planned = 0 THEN x.wall - x.business ELSE 0 END),"
                + " SUM(CASE WHEN x.planned = 1 THEN x.wall ELSE 0 END)"
                + " FROM (SELECT g.agreement_id, g.item_order, s.service_id,"
                + " CASE WHEN o.planned = TRUE THEN 1 ELSE 0 END AS planned,"
                + " (" + ends + ") - (" + starts + ") AS wall, "
                + businessAt("g.timeline_id", ends) + " - " + businessAt("g.timeline_id", starts) + " AS business"
                + " FROM rv_run_item g, rv_run_service s, " + from.outages()
                + " WHERE g.run_id = ? AND g.metric = 'AVAILABILITY'" + COVERED
                + " AND o.service_id = s.service_id AND o.starts_s < g.to_s AND (o.ends_s IS NULL OR o.ends_s > g.from_s)"
                + from.outagesAt() + ") x"
                + " GROUP BY x.agreement_id, x.item_order, x.service_id";
        try (PreparedStatement select = connection.prepareStatement(outages);
                ResultSet row = query(select, run)) {
            while (row.next()) {
                measured.get(row.getLong(1))
                        .serviceOutages(
                                row.getInt(2),
                                row.getLong(3),
                                new Measured.Outages(row.getLong(4), row.getLong(5), row.getLong(6)));
            }
        }
    }

    private static void kpiTargets(
            Connection connection, long run, Map<Long, Measured> measured, ServiceDataRelations from)
            throws SQLException {
        String kpis = "SELECT g.agreement_id, g.item_order, k.measured_value FROM rv_run_item g, " + from.kpiValues()
                + " WHERE g.run_id = ? AND g.metric = 'CUSTOM_KPI' AND k.agreement_id = g.agreement_id"
                + " AND k.measure_name = g.measure_name AND k.period_start = g.span_start" + from.kpiValuesAt();
        try (PreparedStatement select = connection.prepareStatement(kpis);
                ResultSet row = query(select, run)) {
            while (row.next()) {
                measured.get(row.getLong(1)).kpi(row.getInt(2), row.getBigDecimal(3));
            }
        }
    }

    private static void workloads(
            Connection connection, long run, TicketRange range, Map<Long, Measured> measured, ServiceDataRelations from)
            throws SQLException {
        String counted = "SELECT g.agreement_id, g.item_order, SUM(CASE WHEN t.opened_s >= g.from_s THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.opened_s < g.from_s THEN 1 ELSE 0 END)"
                + " FROM rv_run_item g, rv_run_service s, " + from.tickets()
                + " WHERE g.run_id = ? AND g.metric IN ('TICKETS', 'CHANGES')" + COVERED
                + " AND t.customer_id = g.customer_id AND t.service_id = s.service_id"
                + " AND " + TicketRange.OPENED + " AND t.opened_s >= g.prev_from_s AND t.opened_s < g.to_s"
                + " AND (g.ticket_kind IS NULL OR t.kind = g.ticket_kind)" + from.ticketsAt()
                + " GROUP BY g.agreement_id, g.item_order";
        try (PreparedStatement select = connection.prepareStatement(counted);
                ResultSet row = query(select, run, range)) {
            while (row.next()) {
                measured.get(row.getLong(1))
                        .workload(
                                row.getInt(2),
                                new Measured.Workload(
                                        BigDecimal.valueOf(row.getLong(3)), BigDecimal.valueOf(row.getLong(4))));
            }
        }
        String delivered = "SELECT g.agreement_id, g.item_order, k.period_start, g.span_start, k.measured_value"
                + " FROM rv_run_item g, " + from.kpiValues()
                + " WHERE g.run_id = ? AND g.metric IN ('NAMED_USERS', 'CUSTOM') AND k.agreement_id = g.agreement_id"
                + " AND k.measure_name = g.measure_name AND (k.period_start = g.span_start OR k.period_start = g.prev_start)"
                + from.kpiValuesAt();
        try (PreparedStatement select = connection.prepareStatement(delivered);
                ResultSet row = query(select, run)) {
            while (row.next()) {
                Measured sla = measured.get(row.getLong(1));
                Measured.Workload known = sla.workloads.getOrDefault(row.getInt(2), new Measured.Workload(null, null));
                boolean current = row.getDate(3).equals(row.getDate(4));
                sla.workload(
                        row.getInt(2),
                        current
                                ? new Measured.Workload(row.getBigDecimal(5), known.previous())
                                : new Measured.Workload(known.actual(), row.getBigDecimal(5)));
            }
        }
    }

    /**
     * The actual each limit has in the SLA's stored report of the span before (README, "How a period is
     * measured"): the line of the same name measured from that span's start, one query for the whole run.
     */
    private static void reportedPrevious(Connection connection, long run, Map<Long, Measured> measured)
            throws SQLException {
        String stored = "SELECT g.agreement_id, g.item_order, l.actual FROM rv_run_item g, rv_period_report r,"
                + " rv_limit_result l WHERE g.run_id = ? AND g.metric IN ('TICKETS', 'CHANGES', 'NAMED_USERS', 'CUSTOM')"
                + " AND r.agreement_id = g.agreement_id AND l.report_id = r.id AND l.limit_name = g.measure_name"
                + " AND l.measured_from = g.prev_start AND l.outcome <> 'NOT_DUE'";
        try (PreparedStatement select = connection.prepareStatement(stored);
                ResultSet row = query(select, run)) {
            while (row.next()) {
                measured.get(row.getLong(1)).reportedPrevious(row.getInt(2), row.getBigDecimal(3));
            }
        }
    }

    private static void excludedTickets(
            Connection connection, long run, TicketRange range, Map<Long, Measured> measured, ServiceDataRelations from)
            throws SQLException {
        String excluded = "SELECT g.agreement_id, COUNT(*) FROM rv_run_item g, rv_run_service s, "
                + from.tickets() + ", rv_run_category c"
                + " WHERE g.run_id = ? AND g.metric = 'SLA'" + COVERED
                + " AND t.customer_id = g.customer_id AND t.service_id = s.service_id AND " + TicketRange.OPENED
                + " AND t.opened_s >= g.from_s AND t.opened_s < g.to_s AND c.run_id = g.run_id AND c.agreement_id = g.agreement_id"
                + " AND c.category = t.category" + from.ticketsAt()
                + " GROUP BY g.agreement_id";
        try (PreparedStatement select = connection.prepareStatement(excluded);
                ResultSet row = query(select, run, range)) {
            while (row.next()) {
                measured.get(row.getLong(1)).excludedTickets(row.getLong(2));
            }
        }
    }
}
