package org.sepakat.servicedata.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One received version of a service record, as evidence: which record (kind and external id),
 * which version, who delivered it, when, through which channel and the fields it changed (none:
 * the delivery created the record).
 */
public record Delivery(
        RecordKind kind,
        String externalId,
        long version,
        String receivedBy,
        Instant receivedAt,
        Channel channel,
        List<String> changed)
        implements Serializable {

    public Delivery {
        changed = changed == null ? List.of() : List.copyOf(changed);
    }
}
