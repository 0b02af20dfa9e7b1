package org.sepakat.servicedata.control;

/**
 * The ids a delivery's versions take, reserved once before the delivery stores anything: the
 * reservation runs in a transaction of its own ({@code IdBlocks}), which would wait forever on the
 * generator's row once the delivery's own transaction had locked it allocating the records' ids.
 */
public final class VersionIds {

    private long next;
    private final long end;

    /** {@code count} ids from {@code first} on. */
    public VersionIds(long first, int count) {
        this.next = first;
        this.end = first + count;
    }

    /** The first of {@code count} consecutive ids. */
    long take(int count) {
        if (next + count > end) {
            throw new IllegalStateException(count + " version ids asked, " + (end - next) + " reserved");
        }
        long first = next;
        next += count;
        return first;
    }
}
