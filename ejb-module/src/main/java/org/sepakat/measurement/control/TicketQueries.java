package org.sepakat.measurement.control;

import static org.sepakat.measurement.control.MeasurementQueries.at;
import static org.sepakat.measurement.control.MeasurementQueries.businessAt;
import static org.sepakat.measurement.control.MeasurementQueries.holds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Response and resolution targets in one aggregate each, as the rules in README.md, "How a period
 * is measured", state them (the rules live there only). Per ticket the SQL computes the net business
 * seconds from opening to the moment the rule names, from the timelines ({@link MeasurementQueries#at},
 * {@link MeasurementQueries#businessAt}); the ticket selections a rule needs (opened in the span;
 * opened before it and not answered by its start; resolved in it; still open at its end) are joined
 * by UNION ALL, each bound by its own index range (see {@link TicketRange}).
 */
final class TicketQueries {

    private static final String OPENED =
            "CASE WHEN t.opened_s < g.cover_from_s THEN g.cover_from_s ELSE t.opened_s END";
    /** The response moment: the first response, or the resolution when that came first or no response was recorded. */
    private static final String RESPONDED = "CASE WHEN t.first_response_s IS NOT NULL"
            + " AND (t.resolved_s IS NULL OR t.first_response_s < t.resolved_s)"
            + " THEN t.first_response_s ELSE t.resolved_s END";

    private static final String ANSWERED = "(" + RESPONDED + ") IS NOT NULL AND (" + RESPONDED + ") < g.to_s";
    /**
     * The seconds a ticket of a response target is allowed: the target's, or none (-1, a miss however
     * fast) when it was resolved in the span with no first response recorded by then and the target
     * counts such a ticket as a missed response ({@code NoResponseRule.MISSED}).
     */
    private static final String RESPONSE_ALLOWED = "CASE WHEN g.no_response = 'MISSED' AND t.resolved_s IS NOT NULL"
            + " AND t.resolved_s < g.to_s AND (t.first_response_s IS NULL OR t.first_response_s > t.resolved_s)"
            + " THEN -1 ELSE g.within_s END";

    private static final String ALLOWED = "g.within_s";
    private static final String OPEN_AT_END = " AND t.opened_s >= g.cover_from_s AND t.opened_s < g.to_s";

    /** Binds a selection's ticket bounds from a parameter index on and returns the next index. */
    @FunctionalInterface
    interface Bounds {
        int bind(PreparedStatement statement, int index) throws SQLException;
    }

    /**
     * Tickets of a target ({@code tickets}, a condition on {@code t} and the item {@code g} whose
     * parameters {@code bounds} binds), measured up to {@code end}; {@code done} is 1 when the
     * ticket was answered or resolved by then, else 0; {@code allowed} the seconds it may take.
     */
    record Selection(String tickets, String end, String done, String allowed, Bounds bounds) {}

    private TicketQueries() {}

    /**
     * {@code range} holds every span and customer of the run: the same bounds for all tickets, which
     * let the database narrow them down before it joins them to the SLAs.
     */
    static void measure(
            Connection connection, long run, TicketRange range, Map<Long, Measured> measured, ServiceDataRelations from)
            throws SQLException {
        String notMissedBefore = " AND (t.opened_s >= g.from_s OR " + net("g.from_s", from) + " <= g.within_s)";
        String respondedOrEnd = "CASE WHEN " + ANSWERED + " THEN " + RESPONDED + " ELSE g.to_s END";
        String respondedInSpan = "CASE WHEN " + ANSWERED + " THEN 1 ELSE 0 END";
        measure(
                connection,
                run,
                "RESPONSE_TIME",
                measured,
                from,
                List.of(
                        new Selection(
                                TicketRange.OPENED + " AND t.opened_s >= g.from_s AND t.opened_s < g.to_s",
                                respondedOrEnd,
                                respondedInSpan,
                                RESPONSE_ALLOWED,
                                range::bind),
                        new Selection(
                                TicketRange.UNANSWERED_BEFORE
                                        + " AND t.opened_s >= g.cover_from_s AND t.opened_s < g.from_s"
                                        + " AND (" + RESPONDED + " IS NULL OR " + RESPONDED + " >= g.from_s)"
                                        + notMissedBefore,
                                respondedOrEnd,
                                respondedInSpan,
                                RESPONSE_ALLOWED,
                                range::bindUnansweredBefore)));
        measure(
                connection,
                run,
                "RESOLUTION_TIME",
                measured,
                from,
                List.of(
                        new Selection(
                                TicketRange.RESOLVED + " AND t.resolved_s >= g.from_s AND t.resolved_s < g.to_s"
                                        + notMissedBefore,
                                "t.resolved_s",
                                "1",
                                ALLOWED,
                                range::bind),
                        new Selection(
                                TicketRange.RESOLVED_LATER + OPEN_AT_END + " AND t.resolved_s >= g.to_s"
                                        + notMissedBefore,
                                "g.to_s",
                                "0",
                                ALLOWED,
                                range::bindResolvedLater),
                        new Selection(
                                TicketRange.UNRESOLVED + OPEN_AT_END + notMissedBefore,
                                "g.to_s",
                                "0",
                                ALLOWED,
                                range::bindLifetime)));
    }

    private static void measure(
            Connection connection,
            long run,
            String metric,
            Map<Long, Measured> measured,
            ServiceDataRelations from,
            List<Selection> selections)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql(selections, from))) {
            int index = 1;
            for (Selection selection : selections) {
                select.setLong(index, run);
                select.setString(index + 1, metric);
                index = selection.bounds().bind(select, index + 2);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    measured.get(row.getLong(1))
                            .tickets(
                                    row.getInt(2),
                                    new Measured.Tickets(
                                            row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)));
                }
            }
        }
    }

    /** Net business seconds of ticket {@code t} from its opening up to {@code end}, on the item's timeline. */
    private static String net(String end, ServiceDataRelations from) {
        return "(" + businessAt("g.timeline_id", end) + " - " + businessAt("g.timeline_id", OPENED) + " - "
                + paused(end, from) + ")";
    }

    /** Paused business seconds of ticket {@code t} between its opening and {@code end}. */
    private static String paused(String end, ServiceDataRelations from) {
        String pauseStarts = "CASE WHEN p.starts_s > " + OPENED + " THEN p.starts_s ELSE " + OPENED + " END";
        String pauseEnds = "CASE WHEN p.ends_s < " + end + " THEN p.ends_s ELSE " + end + " END";
        return "COALESCE((SELECT SUM(" + at("pe", pauseEnds) + " - " + at("ps", pauseStarts) + ")"
                + " FROM " + from.pauses() + ", rv_timeline_slot ps, rv_timeline_slot pe"
                + " WHERE " + from.pausesOfTicket() + " AND p.starts_s < " + end + " AND p.ends_s > " + OPENED
                + " AND " + holds("ps", "g.timeline_id", pauseStarts) + " AND "
                + holds("pe", "g.timeline_id", pauseEnds)
                + "), 0)";
    }

    private static String perTicket(Selection selection, ServiceDataRelations from) {
        String end = selection.end();
        return "SELECT g.agreement_id, g.item_order, " + selection.allowed() + " AS within_s, " + selection.done()
                + " AS done, "
                + businessAt("g.timeline_id", end) + " - " + businessAt("g.timeline_id", OPENED) + " AS gross, "
                + paused(end, from) + " AS paused"
                + " FROM rv_run_item g, rv_run_service s, " + from.tickets()
                + " WHERE g.run_id = ? AND g.metric = ?" + MeasurementQueries.COVERED
                + " AND t.customer_id = g.customer_id AND t.service_id = s.service_id AND t.priority = g.priority"
                + " AND " + selection.tickets() + MeasurementQueries.NOT_EXCLUDED + from.ticketsAt();
    }

    /** The aggregate per SLA and item over the selections: counted, within, not yet due, paused seconds of the counted. */
    static String sql(List<Selection> selections, ServiceDataRelations from) {
        String perTicket = selections.stream().map(s -> perTicket(s, from)).collect(Collectors.joining(" UNION ALL "));
        String counted = "x.done = 1 OR x.gross - x.paused > x.within_s";
        return "SELECT x.agreement_id, x.item_order,"
                + " SUM(CASE WHEN " + counted + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.done = 1 AND x.gross - x.paused <= x.within_s THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.done = 0 AND x.gross - x.paused <= x.within_s THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + counted + " THEN x.paused ELSE 0 END)"
                + " FROM (" + perTicket + ") x GROUP BY x.agreement_id, x.item_order";
    }
}
