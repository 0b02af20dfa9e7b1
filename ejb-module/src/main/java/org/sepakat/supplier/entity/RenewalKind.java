package org.sepakat.supplier.entity;

/** How a supplier contract goes on after a term ends (SUP-2, SUP-10). */
public enum RenewalKind {
    /** It ends with its initial term. */
    NONE,
    /** It renews itself for another renewal period unless notice was given by the notice deadline. */
    TACIT,
    /** It renews only when the parties record an express renewal; otherwise it ends with the current term. */
    EXPRESS
}
