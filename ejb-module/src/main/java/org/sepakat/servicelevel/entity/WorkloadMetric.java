package org.sepakat.servicelevel.entity;

/** What a workload limit counts (SLM-4). */
public enum WorkloadMetric {
    TICKETS, CHANGES, NAMED_USERS, CUSTOM
}
