package org.sepakat.servicedata.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The service records a period report of one SLA may rest on: the customer's tickets on the covered
 * services open during [from, until), the outages of those services overlapping it, and the SLA's
 * KPI values of the periods starting in it.
 */
public record DataScope(Long customerId, List<Long> serviceIds, Long agreementId, Instant from, Instant until,
        LocalDate firstPeriod, LocalDate afterLastPeriod) implements Serializable {

    public DataScope {
        serviceIds = List.copyOf(serviceIds);
    }
}
