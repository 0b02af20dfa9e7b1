package org.sepakat.review.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Bounds that hold every ticket a run can count: its customers' ids and its spans. The same for
 * all rows of a statement, so the database can read just those tickets by index before it joins
 * them to the SLAs: a chunk of SLAs of neighbouring customers reads only their tickets.
 */
record TicketRange(long firstCustomer, long lastCustomer, long from, long to) {

    static final String OPENED = "t.customer_id >= ? AND t.customer_id <= ? AND t.opened_s >= ? AND t.opened_s < ?";
    static final String RESOLVED = "t.customer_id >= ? AND t.customer_id <= ? AND t.resolved_s >= ? AND t.resolved_s < ?";

    /** The bounds of the run's items; {@code withPrevious} reaches back to the spans before theirs. */
    static TicketRange of(List<RunItem> items, boolean withPrevious) {
        long from = items.stream().mapToLong(i -> withPrevious && i.previousFromSecond() != null
                ? Math.min(i.previousFromSecond(), i.fromSecond()) : i.fromSecond()).min().orElse(0);
        return new TicketRange(items.stream().mapToLong(RunItem::customerId).min().orElse(0),
                items.stream().mapToLong(RunItem::customerId).max().orElse(0), from,
                items.stream().mapToLong(RunItem::toSecond).max().orElse(0));
    }

    /** Binds the four bounds from parameter {@code index} on, in the order of {@link #OPENED}. */
    void bind(PreparedStatement statement, int index) throws SQLException {
        statement.setLong(index, firstCustomer);
        statement.setLong(index + 1, lastCustomer);
        statement.setLong(index + 2, from);
        statement.setLong(index + 3, to);
    }
}
