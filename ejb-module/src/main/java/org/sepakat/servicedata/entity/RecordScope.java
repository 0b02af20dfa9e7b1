package org.sepakat.servicedata.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.sepakat.shared.entity.Period;

/**
 * The service records a period report of one SLA may rest on: the customer's tickets on the covered
 * services open during [from, until), the outages of those services overlapping it, and the SLA's
 * KPI values of the periods starting in it.
 */
public record RecordScope(
        Long customerId,
        List<Long> serviceIds,
        Long agreementId,
        Instant from,
        Instant until,
        Period firstPeriod,
        Period afterLastPeriod)
        implements Serializable {

    public RecordScope {
        serviceIds = List.copyOf(serviceIds);
    }
}
