package org.sepakat.shared.terms;

import java.util.Objects;

/** SLM-4: how much work is covered per period (tickets of a kind, changes, or a delivered count), and above it what. */
public record LimitTerm(
        String name,
        WorkloadMetric metric,
        String ticketKind,
        long maximum,
        MeasurementPeriod period,
        OverLimitRule overLimit) {

    public LimitTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(overLimit, "overLimit");
    }

    /** Whether the service data counts it (tickets, changes), rather than a value delivered under its name. */
    public boolean isCounted() {
        return metric == WorkloadMetric.TICKETS || metric == WorkloadMetric.CHANGES;
    }

    public String describe() {
        return metric + (ticketKind == null ? "" : " (" + ticketKind + ")") + " ≤ " + maximum + " per " + period
                + ", above: " + overLimit;
    }
}
