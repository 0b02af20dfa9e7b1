package org.sepakat.review.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps the slots of every timeline a review needs (see db changelog 006). A timeline's content
 * never changes (its id is the hash of its definition), so it only grows by whole days, backwards or
 * forwards, with the business seconds continuing from the days already there. It is stored in its
 * own transaction so that concurrent review runs share it at once and never roll it back.
 */
@Stateless
@PermitAll
public class TimelineStore {

    private static final int BATCH = 1000;
    private static final int TEXT_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    /** Makes sure the timeline holds the UTC days {@code firstDay..lastDay}; returns its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long ensure(TimelineDefinition definition, long firstDay, long lastDay) {
        long id = definition.id();
        Connection connection = em.unwrap(Connection.class);
        try {
            long[] range = range(connection, id);
            if (range == null) {
                create(connection, id, definition, firstDay, lastDay);
            } else if (firstDay < range[0] || lastDay > range[1]) {
                lock(connection, id);
                extend(connection, id, definition, firstDay, lastDay, range(connection, id));
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("timeline " + definition + " could not be stored", e);
        }
    }

    /** first day, last day, business seconds before the first day, at the end of the last day; null if none. */
    private static long[] range(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT first_day, last_day, cum_first, cum_end FROM rv_timeline WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)} : null;
            }
        }
    }

    private static void create(Connection connection, long id, TimelineDefinition definition, long firstDay, long lastDay)
            throws SQLException {
        List<Slot> slots = definition.slots(firstDay, lastDay, 0);
        long total = slots.stream().mapToLong(Slot::openSeconds).sum();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rv_timeline (id, definition, first_day, last_day, cum_first, cum_end) VALUES (?, ?, ?, ?, 0, ?)")) {
            insert.setLong(1, id);
            String text = definition.text();
            insert.setString(2, text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text);
            insert.setLong(3, firstDay);
            insert.setLong(4, lastDay);
            insert.setLong(5, total);
            insert.executeUpdate();
        }
        insert(connection, id, slots, 0);
    }

    /** Row lock on the timeline: concurrent runs extend it one after the other. */
    private static void lock(Connection connection, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE rv_timeline SET first_day = first_day WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    private static void extend(Connection connection, long id, TimelineDefinition definition, long firstDay, long lastDay,
            long[] range) throws SQLException {
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
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rv_timeline_slot (timeline_id, day_no, from_s, to_s, cum_before, is_open) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Slot slot : slots) {
                insert.setLong(1, id);
                insert.setLong(2, slot.day());
                insert.setLong(3, slot.from());
                insert.setLong(4, slot.to());
                insert.setLong(5, slot.cumBefore() + shift);
                insert.setShort(6, (short) (slot.open() ? 1 : 0));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
