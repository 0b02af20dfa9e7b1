package org.sepakat.shared.terms;

/** How an availability target over several covered services is reported (README, "How a period is measured"). */
public enum AvailabilityScope {
    /** One line per covered service, each met or missed on its own (the default). */
    PER_SERVICE,
    /** One line pooling the services: downtime over service time × covered services. */
    POOLED
}
