package org.sepakat.review.entity;

/** The result of one target in a period. */
public enum TargetOutcome {
    MET, MISSED, NO_DATA, SUSPENDED, NOT_DUE
}
