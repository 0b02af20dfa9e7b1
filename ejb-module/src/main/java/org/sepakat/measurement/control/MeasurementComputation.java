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
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.DataScope;
import org.sepakat.shared.terms.LimitTerm;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.WorkloadMetric;

/**
 * Computes the results of many agreements (the published {@link MeasurableAgreement}) for one
 * month in one run: plans a working-table row per target and limit, writes each agreement's scope
 * (covered services, excluded categories) beside them, makes sure the timelines exist, measures
 * everything with a handful of aggregate queries over that scope, and builds each SLA's results. Runs in the caller's transaction.
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

    /** Results by agreement id. */
    public Map<Long, ReportBuilder.Results> compute(List<MeasurableAgreement> agreements, Period month) {
        return compute(agreements, month, null);
    }

    /**
     * The same computation over the service data as it stood at {@code asOf}: the versions of each
     * record received by then (a reproduction); over the records as they stand when {@code asOf} is null.
     */
    public Map<Long, ReportBuilder.Results> compute(List<MeasurableAgreement> agreements, Period month, Instant asOf) {
        Map<TimelineDefinition, long[]> days = new HashMap<>();
        List<Planned> plans = new ArrayList<>();
        for (MeasurableAgreement agreement : agreements) {
            plans.add(plan(agreement, month, days));
        }
        Map<TimelineDefinition, Long> ids = new HashMap<>();
        days.forEach((definition, range) -> ids.put(definition, ensure(definition, range)));
        long run = RUN_IDS.nextLong() & Long.MAX_VALUE;
        List<RunItem> items = new ArrayList<>();
        Map<Long, Measured> measured = new HashMap<>();
        Map<Long, DataScope> scopes = new HashMap<>();
        for (Planned plan : plans) {
            plan.items.forEach(item -> items.add(item.with(ids)));
            measured.put(plan.agreement.id(), new Measured());
            scopes.put(plan.agreement.id(), plan.agreement.scope());
        }
        queries.insert(run, items, scopes, asOf);
        queries.measure(run, items, measured, ServiceDataRelations.of(asOf != null));
        queries.delete(run);
        Map<Long, ReportBuilder.Results> results = new LinkedHashMap<>();
        for (Planned plan : plans) {
            MeasurableAgreement agreement = plan.agreement;
            results.put(
                    agreement.id(),
                    new ReportBuilder(month, agreement.zone(), agreement.scope().services())
                            .build(
                                    agreement.identity().reference(),
                                    agreement.scope().excludedCategories(),
                                    agreement.targets(),
                                    agreement.limits(),
                                    measured.get(agreement.id())));
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

    private record Planned(MeasurableAgreement agreement, List<PlannedItem> items) {}

    private static Planned plan(MeasurableAgreement agreement, Period month, Map<TimelineDefinition, long[]> days) {
        ZoneId zone = agreement.zone();
        long id = agreement.id();
        long customer = agreement.scope().customerId();
        List<PlannedItem> items = new ArrayList<>();
        items.add(new PlannedItem(RunItem.agreement(id, customer, Span.month(month, zone)), null, null));
        List<TargetTerm> targets = agreement.targets();
        for (int i = 0; i < targets.size(); i++) {
            TargetTerm target = targets.get(i);
            Span span = Span.due(target.period(), month, zone);
            if (span == null) {
                continue;
            }
            CalendarTerm calendar = target.calendarCode() == null
                    ? null
                    : agreement.calendar(target.calendarCode()).orElse(null);
            boolean calendarMissing = target.calendarCode() != null && calendar == null;
            switch (target.metric()) {
                case RESPONSE_TIME, RESOLUTION_TIME -> {
                    if (calendarMissing) {
                        continue;
                    }
                    TimelineDefinition hours = hoursOf(calendar);
                    long cover = span.fromSecond() - TICKET_LIFETIME_DAYS * DAY;
                    need(days, hours, cover, span.toSecond());
                    items.add(new PlannedItem(
                            RunItem.ticketTime(
                                    id,
                                    i,
                                    customer,
                                    target.metric().name(),
                                    target.priority(),
                                    Measures.seconds(target.withinHours()),
                                    span,
                                    cover,
                                    target.noResponse() == null
                                            ? null
                                            : target.noResponse().name()),
                            hours,
                            hours));
                }
                case AVAILABILITY -> {
                    if (calendarMissing) {
                        continue;
                    }
                    TimelineDefinition hours = hoursOf(calendar);
                    TimelineDefinition service = hours.without(agreement.windows(), agreement.timeZone());
                    need(days, hours, span.fromSecond(), span.toSecond());
                    need(days, service, span.fromSecond(), span.toSecond());
                    items.add(new PlannedItem(
                            RunItem.availability(
                                    id, i, customer, target.metric().name(), span),
                            service,
                            hours));
                }
                case CUSTOM_KPI ->
                    items.add(new PlannedItem(RunItem.customKpi(id, i, customer, target.name(), span), null, null));
            }
        }
        List<LimitTerm> limits = agreement.limits();
        for (int i = 0; i < limits.size(); i++) {
            LimitTerm limit = limits.get(i);
            Span span = Span.due(limit.period(), month, zone);
            if (span != null) {
                Span previous = span.previous(zone);
                String kind = limit.metric() == WorkloadMetric.CHANGES && limit.ticketKind() == null
                        ? "CHANGE"
                        : limit.ticketKind();
                items.add(new PlannedItem(
                        RunItem.limit(id, i, customer, limit.metric().name(), kind, limit.name(), span, previous),
                        null,
                        null));
            }
        }
        return new Planned(agreement, items);
    }

    /** The open time of a target: its calendar's hours, or 24×7 when it names none. */
    private static TimelineDefinition hoursOf(CalendarTerm calendar) {
        return calendar == null ? TimelineDefinition.roundTheClock() : TimelineDefinition.of(calendar);
    }

    private static void need(Map<TimelineDefinition, long[]> days, TimelineDefinition definition, long from, long to) {
        long first = Math.floorDiv(from, DAY);
        long last = Math.floorDiv(to, DAY);
        days.merge(definition, new long[] {first, last}, (a, b) ->
                new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
}
