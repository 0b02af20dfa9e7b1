package org.sepakat.measurement.entity;

/** The review meeting's outcome recorded on a report (SLM-7). */
public enum ReviewState {
    AWAITING_REVIEW,
    ACCEPTED,
    DISPUTED
}
