package org.sepakat.measurement.entity;

import org.sepakat.shared.entity.Period;

/** One SLA on a customer's dashboard: the rating of its latest period report. */
public record SlaRating(
        Long reportId,
        Long agreementId,
        String agreementReference,
        String agreementTitle,
        Period period,
        Rating rating,
        ReviewState reviewState) {

    /** "2026-10" */
    public String getPeriodLabel() {
        return period.toString();
    }
}
