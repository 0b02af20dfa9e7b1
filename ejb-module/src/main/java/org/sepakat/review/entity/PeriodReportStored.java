package org.sepakat.review.entity;

import java.util.List;
import java.util.Objects;

/**
 * Fired when a period report has been computed and stored; observed after the commit
 * ({@code TransactionPhase.AFTER_SUCCESS}) to notify the SLA's service level manager.
 *
 * @param misses one line per missed target or exceeded limit (its name); empty when all went well
 * @param serviceLevelManager user name of the person accountable for the SLA (its provider signatory)
 */
public record PeriodReportStored(Long reportId, Long agreementId, String agreementReference, String period,
        Rating rating, List<String> misses, String serviceLevelManager) {

    public PeriodReportStored {
        Objects.requireNonNull(reportId);
        misses = List.copyOf(misses);
    }

    public boolean hasMisses() {
        return !misses.isEmpty();
    }
}
