package org.sepakat.measurement.entity;

/** The result of one target in a period. */
public enum TargetOutcome {
    MET,
    MISSED,
    NO_DATA,
    SUSPENDED,
    NOT_DUE
}
