package org.sepakat.measurement.entity;

/** The result of one workload limit in a period. */
public enum LimitOutcome {
    WITHIN,
    EXCEEDED,
    NO_DATA,
    NOT_DUE
}
