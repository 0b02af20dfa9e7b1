package org.sepakat.measurement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;

/**
 * Keeps the slots of every timeline a review needs (see db changelog 006). A timeline's content
 * never changes (its id is the hash of its definition), so it only grows by whole days, backwards or
 * forwards, with the business seconds continuing from the days already there. It is stored in its
 * own transaction so that concurrent review runs share it at once and never roll it back.
 * <p>
 * Each use marks the timeline used today (one update a day at most), and timelines not used since
 * a cut-off day are purged (changelog 009). The two cannot interleave badly: marking is a row
 * update that finds the row gone (and builds the timeline anew) or keeps the purge's single delete,
 * which re-checks the day, from taking it; a timeline marked today is never older than a cut-off.
 */
@Stateless
@PermitAll
public class TimelineStore {

    /** The slots of a timeline (changelog 006): no entity maps them, the review's queries read them. */
    private static final BulkTable SLOTS = BulkTable.working("rv_timeline_slot")
            .column("timeline_id", Types.BIGINT)
            .column("day_no", Types.BIGINT)
            .column("from_s", Types.BIGINT)
            .column("to_s", Types.BIGINT)
            .column("cum_before", Types.BIGINT)
            .column("is_open", Types.SMALLINT);

    private static final int TEXT_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Makes sure the timeline holds the UTC days {@code firstDay..lastDay} and marks it used today; returns its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long ensure(TimelineDefinition definition, long firstDay, long lastDay) {
        long id = definition.id();
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Date today = Date.valueOf(day);
        Connection connection = em.unwrap(Connection.class);
        try {
            long[] range = range(connection, id);
            if (range != null && range[4] < day.toEpochDay() && !markUsed(connection, id, today)) {
                range = null;
            }
            if (range == null) {
                create(connection, id, definition, firstDay, lastDay, today);
            } else if (firstDay < range[0] || lastDay > range[1]) {
                lock(connection, id);
                extend(connection, id, definition, firstDay, lastDay, range(connection, id));
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("timeline " + definition + " could not be stored", e);
        }
    }

    /**
     * Deletes, with their slots, the timelines no review has used since {@code cutoff}, in one
     * statement of its own transaction.
     *
     * @return how many timelines were deleted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeUnusedBefore(LocalDate cutoff) {
        try (PreparedStatement delete =
                em.unwrap(Connection.class).prepareStatement("DELETE FROM rv_timeline WHERE last_used < ?")) {
            delete.setDate(1, Date.valueOf(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("timelines unused since " + cutoff + " could not be purged", e);
        }
    }

    /**
     * first day, last day, business seconds before the first day and at the end of the last day,
     * the epoch day it was last used; null if there is no such timeline.
     */
    private static long[] range(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT first_day, last_day, cum_first, cum_end, last_used FROM rv_timeline WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? new long[] {
                            row.getLong(1),
                            row.getLong(2),
                            row.getLong(3),
                            row.getLong(4),
                            row.getDate(5).toLocalDate().toEpochDay()
                        }
                        : null;
            }
        }
    }

    /** Marks the timeline used today; false when a purge deleted it meanwhile. The row stays locked until commit. */
    private static boolean markUsed(Connection connection, long id, Date today) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE rv_timeline SET last_used = ? WHERE id = ?")) {
            update.setDate(1, today);
            update.setLong(2, id);
            return update.executeUpdate() == 1;
        }
    }

    private static void create(
            Connection connection, long id, TimelineDefinition definition, long firstDay, long lastDay, Date today)
            throws SQLException {
        List<Slot> slots = definition.slots(firstDay, lastDay, 0);
        long total = slots.stream().mapToLong(Slot::openSeconds).sum();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rv_timeline"
                        + " (id, definition, first_day, last_day, cum_first, cum_end, last_used) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
            insert.setLong(1, id);
            String text = definition.text();
            insert.setString(2, text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text);
            insert.setLong(3, firstDay);
            insert.setLong(4, lastDay);
            insert.setLong(5, total);
            insert.setDate(6, today);
            insert.executeUpdate();
        }
        insert(connection, id, slots, 0);
    }

    /** Row lock on the timeline: concurrent runs extend it one after the other. */
    private static void lock(Connection connection, long id) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE rv_timeline SET first_day = first_day WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    private static void extend(
            Connection connection, long id, TimelineDefinition definition, long firstDay, long lastDay, long[] range)
            throws SQLException {
        long newFirst = range[0];
        long cumFirst = range[2];
        long newLast = range[1];
        long cumEnd = range[3];
        if (firstDay < range[0]) {
            List<Slot> before = definition.slots(firstDay, range[0] - 1, 0);
            long total = before.stream().mapToLong(Slot::openSeconds).sum();
            cumFirst -= total;
            insert(connection, id, before, cumFirst);
            newFirst = firstDay;
        }
        if (lastDay > range[1]) {
            List<Slot> after = definition.slots(range[1] + 1, lastDay, cumEnd);
            cumEnd += after.stream().mapToLong(Slot::openSeconds).sum();
            insert(connection, id, after, 0);
            newLast = lastDay;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rv_timeline SET first_day = ?, last_day = ?, cum_first = ?, cum_end = ? WHERE id = ?")) {
            update.setLong(1, newFirst);
            update.setLong(2, newLast);
            update.setLong(3, cumFirst);
            update.setLong(4, cumEnd);
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    private static void insert(Connection connection, long id, List<Slot> slots, long shift) throws SQLException {
        try (BulkInsert insert = BulkInsert.into(connection, SLOTS)) {
            for (Slot slot : slots) {
                insert.row(id, slot.day(), slot.from(), slot.to(), slot.cumBefore() + shift, (short)
                        (slot.open() ? 1 : 0));
            }
        }
    }
}
