package org.sepakat.measurement.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.ServiceLevelTarget;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.servicelevel.entity.WorkloadMetric;
import org.sepakat.shared.entity.Period;

/**
 * Computes the results of many SLAs for one month in one run: plans a working-table row per target
 * and limit, makes sure the timelines exist, measures everything with a handful of aggregate
 * queries, and builds each SLA's results. Runs in the caller's transaction.
 */
@Dependent
public class MeasurementComputation {

    /** Tickets resolved in a span are measured from their opening up to this many days before it. */
    static final int TICKET_LIFETIME_DAYS = 400;
    private static final long DAY = 86_400;
    private static final SecureRandom RUN_IDS = new SecureRandom();

    @Inject
    TimelineStore timelines;

    @Inject
    MeasurementQueries queries;

    /** Results by SLA id; {@code calendars} finds a calendar by code (null when unknown). */
    public Map<Long, ReportBuilder.Results> compute(List<ServiceLevelAgreement> slas, Period month,
            Function<String, ServiceCalendar> calendars) {
        return compute(slas, month, calendars, null);
    }

    /**
     * The same computation over the service data as it stood at {@code asOf}: the versions of each
     * record received by then (a reproduction); over the records as they stand when {@code asOf} is null.
     */
    public Map<Long, ReportBuilder.Results> compute(List<ServiceLevelAgreement> slas, Period month,
            Function<String, ServiceCalendar> calendars, Instant asOf) {
        Map<TimelineDefinition, long[]> days = new HashMap<>();
        List<Planned> plans = new ArrayList<>();
        for (ServiceLevelAgreement sla : slas) {
            plans.add(plan(sla, month, calendars, days));
        }
        Map<TimelineDefinition, Long> ids = new HashMap<>();
        days.forEach((definition, range) -> ids.put(definition, ensure(definition, range)));
        long run = RUN_IDS.nextLong() & Long.MAX_VALUE;
        List<RunItem> items = new ArrayList<>();
        Map<Long, Measured> measured = new HashMap<>();
        for (Planned plan : plans) {
            plan.items.forEach(item -> items.add(item.with(ids)));
            measured.put(plan.sla.getId(), new Measured());
        }
        queries.insert(run, items, asOf);
        queries.measure(run, items, measured, ServiceDataRelations.of(asOf != null));
        queries.delete(run);
        Map<Long, ReportBuilder.Results> results = new LinkedHashMap<>();
        for (Planned plan : plans) {
            ServiceLevelAgreement sla = plan.sla;
            results.put(sla.getId(), new ReportBuilder(month, ZoneId.of(sla.getTimeZone()), sla.getServices().size())
                    .build(sla.getReference(), sla.getExcludedCategories(), sla.getTargets(), sla.getLimits(),
                            measured.get(sla.getId())));
        }
        return results;
    }

    /** A concurrent run may create the same timeline at the same moment; the second attempt finds it. */
    private long ensure(TimelineDefinition definition, long[] range) {
        try {
            return timelines.ensure(definition, range[0], range[1]);
        } catch (EJBException raced) {
            return timelines.ensure(definition, range[0], range[1]);
        }
    }

    /** A working-table row whose timelines are known by definition until they are stored. */
    private record PlannedItem(RunItem item, TimelineDefinition timeline, TimelineDefinition base) {

        RunItem with(Map<TimelineDefinition, Long> ids) {
            return timeline == null ? item : item.on(ids.get(timeline), ids.get(base));
        }
    }

    private record Planned(ServiceLevelAgreement sla, List<PlannedItem> items) {
    }

    private static Planned plan(ServiceLevelAgreement sla, Period month, Function<String, ServiceCalendar> calendars,
            Map<TimelineDefinition, long[]> days) {
        ZoneId zone = ZoneId.of(sla.getTimeZone());
        long customer = sla.getCustomerId();
        List<PlannedItem> items = new ArrayList<>();
        items.add(new PlannedItem(RunItem.agreement(sla.getId(), customer, Span.month(month, zone)), null, null));
        List<ServiceLevelTarget> targets = sla.getTargets();
        for (int i = 0; i < targets.size(); i++) {
            ServiceLevelTarget target = targets.get(i);
            Span span = Span.due(target.getPeriod(), month, zone);
            if (span == null) {
                continue;
            }
            ServiceCalendar calendar = target.getCalendarCode() == null ? null : calendars.apply(target.getCalendarCode());
            boolean calendarMissing = target.getCalendarCode() != null && calendar == null;
            switch (target.getMetric()) {
                case RESPONSE_TIME, RESOLUTION_TIME -> {
                    if (calendarMissing) {
                        continue;
                    }
                    TimelineDefinition hours = calendar == null ? TimelineDefinition.roundTheClock()
                            : TimelineDefinition.of(calendar);
                    long cover = span.fromSecond() - TICKET_LIFETIME_DAYS * DAY;
                    need(days, hours, cover, span.toSecond());
                    items.add(new PlannedItem(RunItem.ticketTime(sla.getId(), i, customer, target.getMetric().name(),
                            target.getPriority(), Measures.seconds(target.getWithinHours()), span, cover), hours, hours));
                }
                case AVAILABILITY -> {
                    if (calendar == null) {
                        continue;
                    }
                    TimelineDefinition hours = TimelineDefinition.of(calendar);
                    TimelineDefinition service = hours.without(sla.getWindows(), sla.getTimeZone());
                    need(days, hours, span.fromSecond(), span.toSecond());
                    need(days, service, span.fromSecond(), span.toSecond());
                    items.add(new PlannedItem(RunItem.availability(sla.getId(), i, customer, target.getMetric().name(),
                            span), service, hours));
                }
                case CUSTOM_KPI -> items.add(new PlannedItem(RunItem.customKpi(sla.getId(), i, customer, target.getName(),
                        span), null, null));
            }
        }
        List<WorkloadLimit> limits = sla.getLimits();
        for (int i = 0; i < limits.size(); i++) {
            WorkloadLimit limit = limits.get(i);
            Span span = Span.due(limit.getPeriod(), month, zone);
            if (span != null) {
                Span previous = span.previous(zone);
                String kind = limit.getMetric() == WorkloadMetric.CHANGES && limit.getTicketKind() == null ? "CHANGE"
                        : limit.getTicketKind();
                items.add(new PlannedItem(RunItem.limit(sla.getId(), i, customer, limit.getMetric().name(), kind,
                        limit.getName(), span, previous), null, null));
            }
        }
        return new Planned(sla, items);
    }

    private static void need(Map<TimelineDefinition, long[]> days, TimelineDefinition definition, long from, long to) {
        long first = Math.floorDiv(from, DAY);
        long last = Math.floorDiv(to, DAY);
        days.merge(definition, new long[] {first, last},
                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
}
