package org.sepakat.measurement.control;

import java.util.List;

/** A piece [from, to) of one UTC day that is open or closed, with the business seconds before it. */
public record Slot(long day, long from, long to, long cumBefore, boolean open) {

    /** Business seconds counted up to a moment: what the review queries compute with a join. */
    public static long businessAt(List<Slot> slots, long moment) {
        for (Slot slot : slots) {
            if (slot.from <= moment && moment < slot.to) {
                return slot.cumBefore + (slot.open ? moment - slot.from : 0);
            }
        }
        throw new IllegalArgumentException("no slot holds " + moment);
    }

    public long openSeconds() {
        return open ? to - from : 0;
    }
}
