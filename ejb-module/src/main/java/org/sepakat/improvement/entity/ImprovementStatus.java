package org.sepakat.improvement.entity;

/** an opportunity is open, then in progress, and ends done or rejected; it never reopens. */
public enum ImprovementStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    REJECTED;

    public boolean isClosed() {
        return this == DONE || this == REJECTED;
    }
}
