package org.sepakat.measurement.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Bounds that hold every ticket a run can count: its customers' ids and its spans. The same for
 * all rows of a statement, so the database can read just those tickets by index before it joins
 * them to the SLAs: a chunk of SLAs of neighbouring customers reads only their tickets. Tickets still
 * open at the spans' end are bounded by when they were resolved (later, or not at all) and by the
 * supported ticket lifetime ({@code cover}: the earliest opening a run looks at).
 */
record TicketRange(long firstCustomer, long lastCustomer, long from, long to, long firstTo, long cover) {

    private static final String CUSTOMERS = "t.customer_id >= ? AND t.customer_id <= ?";
    static final String OPENED = CUSTOMERS + " AND t.opened_s >= ? AND t.opened_s < ?";
    static final String RESOLVED = CUSTOMERS + " AND t.resolved_s >= ? AND t.resolved_s < ?";
    /** Opened in the lifetime, resolved after the earliest end of a span: bound by {@link #bindResolvedLater}. */
    static final String RESOLVED_LATER = OPENED + " AND t.resolved_s >= ?";
    /**
     * Opened in the lifetime, not resolved before the earliest start of a span (so not answered
     * before it either: a resolution is a response): bound by {@link #bindUnansweredBefore}.
     */
    static final String UNANSWERED_BEFORE = OPENED + " AND (t.resolved_s IS NULL OR t.resolved_s >= ?)";
    /** Opened in the lifetime, not resolved (yet): bound by {@link #bindLifetime}. */
    static final String UNRESOLVED = OPENED + " AND t.resolved_s IS NULL";

    /** The bounds of the run's items; {@code withPrevious} reaches back to the spans before theirs. */
    static TicketRange of(List<RunItem> items, boolean withPrevious) {
        long from = items.stream()
                .mapToLong(i -> withPrevious && i.previousFromSecond() != null
                        ? Math.min(i.previousFromSecond(), i.fromSecond())
                        : i.fromSecond())
                .min()
                .orElse(0);
        long cover = items.stream()
                .mapToLong(i -> i.coverFromSecond() == null ? i.fromSecond() : i.coverFromSecond())
                .min()
                .orElse(0);
        return new TicketRange(
                items.stream().mapToLong(RunItem::customerId).min().orElse(0),
                items.stream().mapToLong(RunItem::customerId).max().orElse(0),
                from,
                items.stream().mapToLong(RunItem::toSecond).max().orElse(0),
                items.stream().mapToLong(RunItem::toSecond).min().orElse(0),
                Math.min(from, cover));
    }

    /** Binds the four bounds of {@link #OPENED} or {@link #RESOLVED} from parameter {@code index} on; the next index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        return bind(statement, index, from);
    }

    /** Binds the four bounds of {@link #UNRESOLVED} from parameter {@code index} on; the next index. */
    int bindLifetime(PreparedStatement statement, int index) throws SQLException {
        return bind(statement, index, cover);
    }

    /** Binds the five bounds of {@link #RESOLVED_LATER} from parameter {@code index} on; the next index. */
    int bindResolvedLater(PreparedStatement statement, int index) throws SQLException {
        int next = bindLifetime(statement, index);
        statement.setLong(next, firstTo);
        return next + 1;
    }

    /** Binds the five bounds of {@link #UNANSWERED_BEFORE} from parameter {@code index} on; the next index. */
    int bindUnansweredBefore(PreparedStatement statement, int index) throws SQLException {
        int next = bindLifetime(statement, index);
        statement.setLong(next, from);
        return next + 1;
    }

    private int bind(PreparedStatement statement, int index, long earliest) throws SQLException {
        statement.setLong(index, firstCustomer);
        statement.setLong(index + 1, lastCustomer);
        statement.setLong(index + 2, earliest);
        statement.setLong(index + 3, to);
        return index + 4;
    }
}
