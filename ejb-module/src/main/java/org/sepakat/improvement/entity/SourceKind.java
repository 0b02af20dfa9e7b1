package org.sepakat.improvement.entity;

/** What raised an improvement opportunity: a person, or one of the clause 8.3 processes. */
public enum SourceKind {
    MANUAL,
    MISSED_TARGET,
    EXCEEDED_WORKLOAD,
    LOW_SATISFACTION,
    COMPLAINT,
    SUPPLIER_SHORTFALL,
    MISALIGNMENT,
    REVIEW
}
