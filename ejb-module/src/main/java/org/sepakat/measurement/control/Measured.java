package org.sepakat.measurement.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** What the database measured for one SLA in one run, by the position of the target or limit. */
public final class Measured {

    /** Tickets of a response or resolution target. */
    public record Tickets(long counted, long within, long notYetDue, long pausedSeconds) {}

    /** Seconds of an availability target, per covered service (downtime summed over the services). */
    public record Availability(
            long serviceSeconds,
            long maintenanceSeconds,
            long downtimeSeconds,
            long outsideSeconds,
            long plannedSeconds) {

        Availability withOutages(long downtime, long outside, long planned) {
            return new Availability(serviceSeconds, maintenanceSeconds, downtime, outside, planned);
        }
    }

    /** A workload limit's measure in its span and in the span before; null when no value was delivered. */
    public record Workload(BigDecimal actual, BigDecimal previous) {}

    final Map<Integer, Tickets> tickets = new HashMap<>();
    final Map<Integer, Availability> availability = new HashMap<>();
    final Map<Integer, BigDecimal> kpis = new HashMap<>();
    final Map<Integer, Workload> workloads = new HashMap<>();
    /** The actual each limit has in the stored report of the span before, where a report holds the line. */
    final Map<Integer, BigDecimal> reportedPrevious = new HashMap<>();

    long excludedTickets;

    public Measured tickets(int target, Tickets counts) {
        tickets.put(target, counts);
        return this;
    }

    public Measured availability(int target, Availability seconds) {
        availability.put(target, seconds);
        return this;
    }

    public Measured kpi(int target, BigDecimal value) {
        kpis.put(target, value);
        return this;
    }

    public Measured workload(int limit, Workload workload) {
        workloads.put(limit, workload);
        return this;
    }

    /** The limit's actual in the stored report of the span before (null: the report holds the line without a value). */
    public Measured reportedPrevious(int limit, BigDecimal actual) {
        reportedPrevious.put(limit, actual);
        return this;
    }

    public Measured excludedTickets(long count) {
        excludedTickets = count;
        return this;
    }
}
