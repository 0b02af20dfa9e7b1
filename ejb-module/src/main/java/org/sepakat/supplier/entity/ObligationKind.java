package org.sepakat.supplier.entity;

/** What a non-measured line of a supplier agreement is (SUP-5, OLA-1). */
public enum ObligationKind {
    /** A contractual obligation beyond the measured targets (SUP-5). */
    OBLIGATION,
    /** A commitment an internal supplier makes in an OLA (OLA-1). */
    COMMITMENT,
    /** An activity an internal supplier performs under an OLA (OLA-1). */
    ACTIVITY
}
