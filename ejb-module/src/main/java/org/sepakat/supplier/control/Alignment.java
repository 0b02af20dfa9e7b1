package org.sepakat.supplier.control;

/** What a rule found for a customer target and the supplier targets underpinning it (SUP-7). */
public enum Alignment {
    /** The supplier targets support the customer target under this rule. */
    ALIGNED,
    /** They do not: a risk to record and manage (SUP-7). */
    MISALIGNED,
    /** No supplier target the rule could compare underpins the customer target. */
    NOT_UNDERPINNED
}
