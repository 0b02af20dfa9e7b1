package org.sepakat.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Codes no other test (or earlier run on the same database) has used. */
public final class Unique {

    private Unique() {}

    public static String code(String prefix) {
        return prefix + "-"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
                + ThreadLocalRandom.current().nextInt(10, 99);
    }
}
