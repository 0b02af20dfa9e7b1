package org.sepakat.shared.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs an {@code IN (:keys)} query over many keys a chunk at a time, so a delivery of thousands
 * of rows costs a few queries and never exceeds what a database accepts in one statement. The one
 * place an IN list is cut: every IN list over a caller's keys goes through here.
 */
public final class InChunks {

    /**
     * Keys per statement. Far below the parameter limits of the databases we run on (PostgreSQL's
     * wire protocol takes 32767 bind parameters, Derby's statements grow slow to compile long
     * before that) and large enough that a review run of thousands of SLAs costs a few statements;
     * EclipseLink's batch reading (hint {@code eclipselink.batch.type IN}) repeats the list, so it
     * stays short enough for that too.
     */
    public static final int SIZE = 500;

    private InChunks() {}

    public static <K, R> List<R> query(Collection<K> keys, Function<List<K>, List<R>> query) {
        List<K> all = keys.stream().distinct().toList();
        List<R> result = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            result.addAll(query.apply(all.subList(from, Math.min(all.size(), from + SIZE))));
        }
        return result;
    }

    /** For statements that return nothing to collect (a lock, an update): runs {@code action} once per chunk, in order. */
    public static <K> void each(Collection<K> keys, Consumer<List<K>> action) {
        query(keys, chunk -> {
            action.accept(chunk);
            return List.of();
        });
    }
}
