package org.sepakat.supplier.control;

/** The rules {@link AlignmentRules} holds a customer target against its supplier targets with. */
public enum AlignmentRule {
    /** Response or resolution time, with internal handling, inside the customer's time. */
    TIME,
    /** The supplier's share of tickets within time at least the customer's. */
    SHARE,
    /** The suppliers' service hours together cover the customer's. */
    COVERAGE,
    /** The product of the serial suppliers' availabilities reaches the customer's. */
    AVAILABILITY,
    /** The supplier measures over a period no longer than the customer's. */
    PERIOD,
    /** The supplier contract runs, with no notice deadline, until the SLA ends. */
    TERM,
    /** A target that needs underpinning has some. */
    UNDERPINNING
}
