package org.sepakat.measurement.control;

import java.time.LocalDate;

/**
 * One row of a run's working table: a target, a workload limit or (metric {@code SLA}) the SLA
 * itself, with everything its query needs. Unused fields are null.
 */
public record RunItem(long agreementId, int itemOrder, long customerId, String metric, String priority, String ticketKind,
        String measureName, Long withinSeconds, Long timelineId, Long baseTimelineId, long fromSecond, long toSecond,
        Long previousFromSecond, Long coverFromSecond, LocalDate spanStart, LocalDate previousStart) {

    static final String SLA = "SLA";

    static RunItem agreement(long agreementId, long customerId, Span month) {
        return new RunItem(agreementId, 0, customerId, SLA, null, null, null, null, null, null, month.fromSecond(),
                month.toSecond(), null, null, month.from(), null);
    }
}
