package org.sepakat.review.entity;

/** What started the computation of a report. */
public enum ReviewTrigger {
    SCHEDULE, ON_DEMAND
}
