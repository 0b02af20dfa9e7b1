package org.sepakat.shared.persistence;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link BulkInsert} writes: a table of an entity's mapping (its own or one of its
 * collection tables), the columns in the order the values are given, each with its SQL type, and
 * the mapped columns a new row leaves to the database (null until a later change sets them).
 * Naming the entity lets {@code BulkTablesTest} hold the lists to the JPA mapping, so a column
 * renamed on one side only fails the build. A working table no entity maps (a review run's items,
 * a timeline's slots) is made by {@link #working} and held to its Liquibase definition instead.
 * Declared as a {@code static final} constant of the writer, where the test finds it.
 */
public final class BulkTable {

    private final Class<?> entity;
    private final String table;
    private final List<String> columns;
    private final int[] types;
    private final Set<String> notWritten;

    private BulkTable(Class<?> entity, String table, List<String> columns, int[] types, Set<String> notWritten) {
        this.entity = entity;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.types = types;
        this.notWritten = Set.copyOf(notWritten);
    }

    /** A table {@code entity} maps, no column yet. */
    public static BulkTable of(Class<?> entity, String table) {
        return new BulkTable(Objects.requireNonNull(entity), table, List.of(), new int[0], Set.of());
    }

    /** A table no entity maps, only written and read by SQL of its component; no column yet. */
    public static BulkTable working(String table) {
        return new BulkTable(null, table, List.of(), new int[0], Set.of());
    }

    /**
     * The next column.
     *
     * @param sqlType its type ({@link Types}), used for nulls
     */
    public BulkTable column(String name, int sqlType) {
        if (columns.contains(name) || notWritten.contains(name)) {
            throw new IllegalArgumentException(table + "." + name + " is named twice");
        }
        List<String> more = new ArrayList<>(columns);
        more.add(name);
        int[] moreTypes = Arrays.copyOf(types, types.length + 1);
        moreTypes[types.length] = sqlType;
        return new BulkTable(entity, table, more, moreTypes, notWritten);
    }

    /** Mapped columns a new row leaves empty: named so that a column added to the mapping is a decision here. */
    public BulkTable notWritten(String... names) {
        Set<String> more = new LinkedHashSet<>(notWritten);
        for (String name : names) {
            if (columns.contains(name) || !more.add(name)) {
                throw new IllegalArgumentException(table + "." + name + " is named twice");
            }
        }
        return new BulkTable(entity, table, columns, types, more);
    }

    /** The entity whose mapping holds the table; empty for a working table, defined by the changelogs alone. */
    public Optional<Class<?>> entity() {
        return Optional.ofNullable(entity);
    }

    public String table() {
        return table;
    }

    public List<String> columns() {
        return columns;
    }

    int[] types() {
        return types.clone();
    }

    public Set<String> notWritten() {
        return notWritten;
    }

    @Override
    public String toString() {
        return (entity == null ? "working table" : entity.getSimpleName()) + " → " + table + columns;
    }
}
