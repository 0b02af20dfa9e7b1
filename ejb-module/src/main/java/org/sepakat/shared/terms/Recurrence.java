package org.sepakat.shared.terms;

/** How a maintenance window repeats. */
public enum Recurrence {
    ONCE,
    WEEKLY,
    MONTHLY
}
