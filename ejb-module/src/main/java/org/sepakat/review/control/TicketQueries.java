package org.sepakat.review.control;

import static org.sepakat.review.control.ReviewQueries.at;
import static org.sepakat.review.control.ReviewQueries.businessAt;
import static org.sepakat.review.control.ReviewQueries.holds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Response and resolution targets in one aggregate each. Per ticket: business seconds from opening
 * (O) to the answer or resolution (E) minus the paused business seconds between them. A ticket not
 * answered by the end of the span is measured up to the span's end: missed when that already exceeds
 * the time allowed, otherwise not yet due. Opening moments before the timeline (tickets older than
 * the supported lifetime) count from the timeline's start.
 */
final class TicketQueries {

    private static final String OPENED = "CASE WHEN t.opened_s < g.cover_from_s THEN g.cover_from_s ELSE t.opened_s END";
    private static final String ANSWERED = "t.first_response_s IS NOT NULL AND t.first_response_s <= g.to_s";

    private TicketQueries() {
    }

    /**
     * {@code range} holds every span and customer of the run: the same bounds for all tickets, which
     * let the database narrow them down before it joins them to the SLAs.
     */
    static void measure(Connection connection, long run, TicketRange range, Map<Long, Measured> measured)
            throws SQLException {
        measure(connection, run, range, measured, "RESPONSE_TIME",
                TicketRange.OPENED + " AND t.opened_s >= g.from_s AND t.opened_s < g.to_s",
                "CASE WHEN " + ANSWERED + " THEN t.first_response_s ELSE g.to_s END",
                "CASE WHEN " + ANSWERED + " THEN 1 ELSE 0 END");
        measure(connection, run, range, measured, "RESOLUTION_TIME",
                TicketRange.RESOLVED + " AND t.resolved_s >= g.from_s AND t.resolved_s < g.to_s",
                "t.resolved_s", "1");
    }

    private static void measure(Connection connection, long run, TicketRange range, Map<Long, Measured> measured,
            String metric, String selected, String end, String done) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql(selected, end, done))) {
            select.setLong(1, run);
            select.setString(2, metric);
            range.bind(select, 3);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    measured.get(row.getLong(1)).tickets(row.getInt(2),
                            new Measured.Tickets(row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)));
                }
            }
        }
    }

    static String sql(String selected, String end, String done) {
        String pauseStarts = "CASE WHEN p.starts_s > " + OPENED + " THEN p.starts_s ELSE " + OPENED + " END";
        String pauseEnds = "CASE WHEN p.ends_s < " + end + " THEN p.ends_s ELSE " + end + " END";
        String paused = "COALESCE((SELECT SUM(" + at("pe", pauseEnds) + " - " + at("ps", pauseStarts) + ")"
                + " FROM sd_ticket_pause p, rv_timeline_slot ps, rv_timeline_slot pe"
                + " WHERE p.ticket_id = t.id AND p.starts_s < " + end + " AND p.ends_s > " + OPENED
                + " AND " + holds("ps", "g.timeline_id", pauseStarts) + " AND " + holds("pe", "g.timeline_id", pauseEnds)
                + "), 0)";
        String perTicket = "SELECT g.agreement_id, g.item_order, g.within_s, " + done + " AS done, "
                + businessAt("g.timeline_id", end) + " - " + businessAt("g.timeline_id", OPENED) + " AS gross, "
                + paused + " AS paused"
                + " FROM rv_run_item g, sl_agreed_service s, sd_ticket t"
                + " WHERE g.run_id = ? AND g.metric = ? AND s.agreement_id = g.agreement_id"
                + " AND t.customer_id = g.customer_id AND t.service_id = s.service_id AND t.priority = g.priority"
                + " AND " + selected + ReviewQueries.NOT_EXCLUDED;
        String counted = "x.done = 1 OR x.gross - x.paused > x.within_s";
        return "SELECT x.agreement_id, x.item_order,"
                + " SUM(CASE WHEN " + counted + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.done = 1 AND x.gross - x.paused <= x.within_s THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.done = 0 AND x.gross - x.paused <= x.within_s THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + counted + " THEN x.paused ELSE 0 END)"
                + " FROM (" + perTicket + ") x GROUP BY x.agreement_id, x.item_order";
    }
}
