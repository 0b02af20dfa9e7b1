package org.sepakat.measurement.entity;

/** What started the computation of a report. */
public enum RunTrigger {
    SCHEDULE,
    ON_DEMAND
}
