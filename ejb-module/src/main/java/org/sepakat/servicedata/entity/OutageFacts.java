package org.sepakat.servicedata.entity;

import java.time.Instant;

/** An outage as received; {@code ends} is empty while it goes on. */
public record OutageFacts(Long serviceId, Instant starts, Instant ends, boolean planned, String description) {

    /** Whether the two spans share any moment; an ongoing outage reaches into the future. */
    public boolean overlaps(Instant otherStarts, Instant otherEnds) {
        boolean startsBeforeOtherEnds = otherEnds == null || starts.isBefore(otherEnds);
        boolean otherStartsBeforeEnd = ends == null || otherStarts.isBefore(ends);
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }
}
