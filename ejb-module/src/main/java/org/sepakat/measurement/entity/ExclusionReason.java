package org.sepakat.measurement.entity;

/** Why something was left out of a measurement (SLM-5). */
public enum ExclusionReason {
    EXCLUDED_CATEGORY,
    PAUSE,
    MAINTENANCE_WINDOW,
    PLANNED_OUTAGE,
    OUTSIDE_SERVICE_HOURS,
    SUSPENDED_OVER_LIMIT,
    /** A ticket not yet answered or resolved at the end of the span whose time allowed had not run out. */
    NOT_YET_DUE
}
