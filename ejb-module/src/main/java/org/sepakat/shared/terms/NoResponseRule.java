package org.sepakat.shared.terms;

/** What a response target makes of a ticket resolved with no first response recorded by its resolution. */
public enum NoResponseRule {
    /** Its resolution is its response moment (common practice; the default). */
    RESOLUTION_COUNTS,
    /** It counts as a missed response. */
    MISSED
}
