package org.sepakat.servicedata.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A ticket as received, with its references already resolved to the records they name. */
public record TicketFacts(
        Long serviceId,
        Long customerId,
        String kind,
        String priority,
        String category,
        Instant opened,
        Instant firstResponse,
        Instant resolved,
        List<Interval> pauses) {

    public TicketFacts {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }

    /** The names of the fields (as a delivery names them) whose values differ from {@code before}. */
    public List<String> changedFrom(TicketFacts before) {
        List<String> changed = new ArrayList<>();
        Fields.compare(changed, "service", before.serviceId, serviceId);
        Fields.compare(changed, "customer", before.customerId, customerId);
        Fields.compare(changed, "kind", before.kind, kind);
        Fields.compare(changed, "priority", before.priority, priority);
        Fields.compare(changed, "category", before.category, category);
        Fields.compare(changed, "opened", before.opened, opened);
        Fields.compare(changed, "firstResponse", before.firstResponse, firstResponse);
        Fields.compare(changed, "resolved", before.resolved, resolved);
        Fields.compare(changed, "pauses", Set.copyOf(before.pauses), Set.copyOf(pauses));
        return changed;
    }
}
