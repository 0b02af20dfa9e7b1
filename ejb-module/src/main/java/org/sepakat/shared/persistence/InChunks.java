package org.sepakat.shared.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs an {@code IN (:keys)} query over many keys a chunk at a time, so a delivery of thousands
 * of rows costs a few queries and never exceeds what a database accepts in one statement.
 */
public final class InChunks {

    public static final int SIZE = 500;

    private InChunks() {
    }

    public static <K, R> List<R> query(Collection<K> keys, Function<List<K>, List<R>> query) {
        List<K> all = keys.stream().distinct().toList();
        List<R> result = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            result.addAll(query.apply(all.subList(from, Math.min(all.size(), from + SIZE))));
        }
        return result;
    }
}
