package org.sepakat.supplier.entity;

/** SUP-12: how a dispute was resolved. */
public enum DisputeOutcome {
    SETTLEMENT,
    CREDIT,
    WITHDRAWN,
    OTHER
}
