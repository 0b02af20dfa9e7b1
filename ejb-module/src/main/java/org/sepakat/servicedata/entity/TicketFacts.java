package org.sepakat.servicedata.entity;

import java.time.Instant;
import java.util.List;

/** A ticket as received, with its references already resolved to the records they name. */
public record TicketFacts(Long serviceId, Long customerId, String kind, String priority, String category,
        Instant opened, Instant firstResponse, Instant resolved, List<Interval> pauses) {

    public TicketFacts {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }
}
