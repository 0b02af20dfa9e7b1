package org.sepakat.measurement.control;

import java.time.LocalDate;

/**
 * One row of a run's working table ({@code rv_run_item}): the SLA itself (metric {@code SLA}), a
 * target or a workload limit, with everything its query needs. Made by the factory of its kind;
 * the fields a kind does not use are null. {@code noResponse} is a response target's rule for a
 * ticket resolved with no first response ({@code NoResponseRule} by name).
 */
public record RunItem(
        long agreementId,
        int itemOrder,
        long customerId,
        String metric,
        String priority,
        String ticketKind,
        String measureName,
        Long withinSeconds,
        Long timelineId,
        Long baseTimelineId,
        long fromSecond,
        long toSecond,
        Long previousFromSecond,
        Long coverFromSecond,
        LocalDate spanStart,
        LocalDate previousStart,
        String noResponse) {

    static final String SLA = "SLA";
    static final String CUSTOM_KPI = "CUSTOM_KPI";

    /** The SLA over its month: the tickets of its customer and covered services, for the exclusions. */
    static RunItem agreement(long agreementId, long customerId, Span month) {
        return new RunItem(
                agreementId,
                0,
                customerId,
                SLA,
                null,
                null,
                null,
                null,
                null,
                null,
                month.fromSecond(),
                month.toSecond(),
                null,
                null,
                month.from(),
                null,
                null);
    }

    /**
     * A response or resolution time target ({@code metric}): tickets of {@code priority} handled
     * within {@code withinSeconds} of business time, over tickets opened from {@code coverFromSecond}.
     * Its timeline is set by {@link #on}.
     */
    static RunItem ticketTime(
            long agreementId,
            int itemOrder,
            long customerId,
            String metric,
            String priority,
            long withinSeconds,
            Span span,
            long coverFromSecond,
            String noResponse) {
        return new RunItem(
                agreementId,
                itemOrder,
                customerId,
                metric,
                priority,
                null,
                null,
                withinSeconds,
                null,
                null,
                span.fromSecond(),
                span.toSecond(),
                null,
                coverFromSecond,
                span.from(),
                null,
                noResponse);
    }

    /** An availability target over its span; its service-time and business-hours timelines are set by {@link #on}. */
    static RunItem availability(long agreementId, int itemOrder, long customerId, String metric, Span span) {
        return new RunItem(
                agreementId,
                itemOrder,
                customerId,
                metric,
                null,
                null,
                null,
                null,
                null,
                null,
                span.fromSecond(),
                span.toSecond(),
                null,
                null,
                span.from(),
                null,
                null);
    }

    /** A custom KPI target: the value delivered under its name for the span's first month. */
    static RunItem customKpi(long agreementId, int itemOrder, long customerId, String measureName, Span span) {
        return new RunItem(
                agreementId,
                itemOrder,
                customerId,
                CUSTOM_KPI,
                null,
                null,
                measureName,
                null,
                null,
                null,
                span.fromSecond(),
                span.toSecond(),
                null,
                null,
                span.from(),
                null,
                null);
    }

    /**
     * A workload limit ({@code metric}) over its span and the span before: tickets of
     * {@code ticketKind} counted, or the value delivered under {@code measureName}.
     */
    static RunItem limit(
            long agreementId,
            int itemOrder,
            long customerId,
            String metric,
            String ticketKind,
            String measureName,
            Span span,
            Span previous) {
        return new RunItem(
                agreementId,
                itemOrder,
                customerId,
                metric,
                null,
                ticketKind,
                measureName,
                null,
                null,
                null,
                span.fromSecond(),
                span.toSecond(),
                previous.fromSecond(),
                null,
                span.from(),
                previous.from(),
                null);
    }

    /** This item measured on the stored timelines {@code timelineId} (and {@code baseTimelineId}). */
    RunItem on(Long timelineId, Long baseTimelineId) {
        return new RunItem(
                agreementId,
                itemOrder,
                customerId,
                metric,
                priority,
                ticketKind,
                measureName,
                withinSeconds,
                timelineId,
                baseTimelineId,
                fromSecond,
                toSecond,
                previousFromSecond,
                coverFromSecond,
                spanStart,
                previousStart,
                noResponse);
    }
}
