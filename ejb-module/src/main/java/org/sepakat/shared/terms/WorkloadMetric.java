package org.sepakat.shared.terms;

/** What a workload limit counts (SLM-4). */
public enum WorkloadMetric {
    TICKETS,
    CHANGES,
    NAMED_USERS,
    CUSTOM
}
