package org.sepakat.shared.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.sepakat.shared.entity.Period;

/**
 * Writes many rows of one table as JDBC batches, for the processes that store thousands of
 * records in one transaction (a review run): one statement per table, sent a batch at a time,
 * instead of one round trip per row. Values are written as the entity mapping writes them:
 * {@link Instant} as a timestamp (see {@code InstantConverter}), {@link LocalDate} as a date, a
 * {@link Period} as its first day (or as {@code 2026-10} in a text column), an
 * enum by its name, {@link Boolean} as a boolean.
 *
 * <p>Also hands out blocks of ids from the table generator every entity uses ({@code sepakat_ids}),
 * the same way EclipseLink does: the stored value is the last id given out.
 *
 * @see BulkTable
 */
public final class BulkInsert implements AutoCloseable {

    /**
     * Rows per JDBC batch: bounds the memory a run holds in the driver, not a parameter list (the
     * PostgreSQL driver's rewritten multi-row inserts cut themselves below the protocol's limit).
     */
    private static final int BATCH = 500;

    private final PreparedStatement insert;
    private final int[] types;
    private int pending;

    private BulkInsert(PreparedStatement insert, int[] types) {
        this.insert = insert;
        this.types = types;
    }

    /** Prepares the insert of {@code table}'s columns; the rows give their values in that order. */
    public static BulkInsert into(Connection connection, BulkTable table) throws SQLException {
        List<String> columns = table.columns();
        String sql = "INSERT INTO " + table.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return new BulkInsert(connection.prepareStatement(sql), table.types());
    }

    /** Adds one row, its values in the order of the columns. */
    public void row(Object... values) throws SQLException {
        if (values.length != types.length) {
            throw new IllegalArgumentException(values.length + " values for " + types.length + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            set(i + 1, types[i], values[i]);
        }
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    private void set(int index, int type, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, type);
        } else if (value instanceof Instant instant) {
            insert.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof LocalDate date) {
            insert.setDate(index, Date.valueOf(date));
        } else if (value instanceof Period period) {
            setPeriod(index, type, period);
        } else if (value instanceof Enum<?> constant) {
            insert.setString(index, constant.name());
        } else if (value instanceof BigDecimal number) {
            insert.setBigDecimal(index, number);
        } else if (value instanceof Long number) {
            insert.setLong(index, number);
        } else if (value instanceof Integer number) {
            insert.setInt(index, number);
        } else if (value instanceof Short number) {
            insert.setShort(index, number);
        } else if (value instanceof Boolean flag) {
            insert.setBoolean(index, flag);
        } else if (value instanceof String text) {
            insert.setString(index, text);
        } else {
            throw new IllegalArgumentException(
                    "no column type for " + value.getClass().getName());
        }
    }

    /** As {@code PeriodConverter} (a DATE column: the first day) or {@code PeriodTextConverter} (text) writes it. */
    private void setPeriod(int index, int type, Period period) throws SQLException {
        if (type == Types.DATE) {
            insert.setDate(index, Date.valueOf(period.firstDay()));
        } else {
            insert.setString(index, period.toString());
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Sends the rows still pending and releases the statement. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }

    /**
     * Reserves {@code count} ids of the shared generator in the caller's transaction; returns the
     * first (the others follow it). Zero reserves nothing.
     */
    public static long reserveIds(Connection connection, int count) throws SQLException {
        if (count <= 0) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE sepakat_ids SET next_value = next_value + ? WHERE id_name = 'sepakat'");
                PreparedStatement select =
                        connection.prepareStatement("SELECT next_value FROM sepakat_ids WHERE id_name = 'sepakat'")) {
            update.setLong(1, count);
            if (update.executeUpdate() != 1) {
                throw new SQLException("the id generator row 'sepakat' is missing from sepakat_ids");
            }
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1) - count + 1;
            }
        }
    }
}
