package org.sepakat.measurement.entity;

import java.time.LocalDate;

/** One SLA on a customer's dashboard: the rating of its latest period report. */
public record SlaRating(Long reportId, Long agreementId, String agreementReference, String agreementTitle,
        LocalDate periodStart, Rating rating, ReviewState reviewState) {

    /** "2026-10" */
    public String getPeriodLabel() {
        return periodStart.toString().substring(0, 7);
    }
}
