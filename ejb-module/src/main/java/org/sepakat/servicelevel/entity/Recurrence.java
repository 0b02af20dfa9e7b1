package org.sepakat.servicelevel.entity;

/** How a maintenance window repeats. */
public enum Recurrence {
    ONCE, WEEKLY, MONTHLY
}
