package org.sepakat.measurement.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** What the database measured for one SLA in one run, by the position of the target or limit. */
public final class Measured {

    /** Tickets of a response or resolution target. */
    public record Tickets(long counted, long within, long notYetDue, long pausedSeconds) {}

    /**
     * Seconds of an availability target: the service time and maintenance of one service (the same
     * for each), the outage seconds summed over the covered services.
     */
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

    /** The outage seconds of one covered service under an availability target. */
    public record Outages(long downtimeSeconds, long outsideSeconds, long plannedSeconds) {

        Outages plus(Outages other) {
            return new Outages(
                    downtimeSeconds + other.downtimeSeconds,
                    outsideSeconds + other.outsideSeconds,
                    plannedSeconds + other.plannedSeconds);
        }
    }

    /** A workload limit's measure in its span and in the span before; null when no value was delivered. */
    public record Workload(BigDecimal actual, BigDecimal previous) {}

    final Map<Integer, Tickets> tickets = new HashMap<>();
    final Map<Integer, Availability> availability = new HashMap<>();
    /** By target, the outages of each covered service (by service id) that had any. */
    final Map<Integer, Map<Long, Outages>> serviceOutages = new HashMap<>();

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

    /**
     * The outages of one covered service under availability target {@code target}, whose time was
     * measured before: added to the target's sums over its services and kept for the service's own line.
     */
    public Measured serviceOutages(int target, long service, Outages outages) {
        Availability known = availability.get(target);
        if (known != null) {
            serviceOutages.computeIfAbsent(target, t -> new HashMap<>()).merge(service, outages, Outages::plus);
            availability.put(
                    target,
                    known.withOutages(
                            known.downtimeSeconds() + outages.downtimeSeconds(),
                            known.outsideSeconds() + outages.outsideSeconds(),
                            known.plannedSeconds() + outages.plannedSeconds()));
        }
        return this;
    }

    /** The outages of {@code service} under availability target {@code target}; none: zeros. */
    Outages outagesOf(int target, long service) {
        return serviceOutages.getOrDefault(target, Map.of()).getOrDefault(service, new Outages(0, 0, 0));
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
