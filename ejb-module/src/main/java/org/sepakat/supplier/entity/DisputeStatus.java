package org.sepakat.supplier.entity;

/**
 * SUP-12: a dispute is open, may be negotiated and escalated, is resolved with an outcome and ends
 * closed, which is final.
 */
public enum DisputeStatus {
    OPEN,
    UNDER_NEGOTIATION,
    ESCALATED,
    RESOLVED,
    CLOSED;

    /** Not yet resolved: its facts may still change and it may still be negotiated or escalated. */
    public boolean isOpen() {
        return this == OPEN || this == UNDER_NEGOTIATION || this == ESCALATED;
    }
}
