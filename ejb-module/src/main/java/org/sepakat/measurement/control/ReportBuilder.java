package org.sepakat.measurement.control;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.ExclusionReason;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.terms.LimitTerm;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.ScopedService;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.TargetTerm;

/**
 * Turns what the database measured for one SLA into the report's results (SLM-6): the outcome of
 * every target and limit, and what was excluded and why. No database here, so every rule is unit-tested.
 */
public final class ReportBuilder {

    static final String SECONDS = "SECONDS";
    static final String TICKETS = "TICKETS";
    static final String VALUE = "VALUE";
    /** Between a target's name and a covered service's code in the name of that service's line. */
    static final String SERVICE_SEPARATOR = " · ";

    /** The results of one SLA for one month. */
    public record Results(List<TargetResult> targets, List<LimitResult> limits, List<Exclusion> exclusions) {}

    private final Period month;
    private final ZoneId zone;
    private final List<ScopedService> services;
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final Map<MeasurementPeriod, LimitTerm> suspending = new EnumMap<>(MeasurementPeriod.class);
    private final Map<MeasurementPeriod, BigDecimal> excess = new EnumMap<>(MeasurementPeriod.class);

    /** For an agreement covering {@code services}, in its agreed order. */
    public ReportBuilder(Period month, ZoneId zone, List<ScopedService> services) {
        this.month = month;
        this.zone = zone;
        this.services = List.copyOf(services);
    }

    /**
     * The name of a report line: the target's, or for an availability target reported per service
     * the target's and the service's code ({@code Availability · PAY}); the code is the service's
     * business key, so a line keeps its name from month to month (and with it its improvement).
     */
    static String lineName(TargetTerm target, ScopedService service) {
        return service == null ? target.name() : target.name() + SERVICE_SEPARATOR + service.code();
    }

    public Results build(
            String reference,
            List<String> excludedCategories,
            List<TargetTerm> targets,
            List<LimitTerm> limits,
            Measured measured) {
        if (measured.excludedTickets > 0) {
            exclusions.add(new Exclusion(
                    reference,
                    ExclusionReason.EXCLUDED_CATEGORY,
                    String.join(", ", excludedCategories),
                    BigDecimal.valueOf(measured.excludedTickets),
                    TICKETS));
        }
        List<LimitResult> limitResults = new ArrayList<>();
        for (int i = 0; i < limits.size(); i++) {
            limitResults.add(limit(
                    limits.get(i),
                    measured.workloads.get(i),
                    measured.reportedPrevious.containsKey(i),
                    measured.reportedPrevious.get(i)));
        }
        List<TargetResult> targetResults = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            targetResults.addAll(target(targets.get(i), i, measured));
        }
        return new Results(targetResults, limitResults, List.copyOf(exclusions));
    }

    private LimitResult limit(LimitTerm limit, Measured.Workload workload, boolean reported, BigDecimal stored) {
        Span span = Span.due(limit.period(), month, zone);
        if (span == null) {
            Span current = Span.month(month, zone);
            return limitResult(limit, current, null, new PreviousFigure(null, null), LimitOutcome.NOT_DUE);
        }
        boolean counted = limit.isCounted();
        Measured.Workload measure = workload != null
                ? workload
                : counted ? new Measured.Workload(BigDecimal.ZERO, BigDecimal.ZERO) : new Measured.Workload(null, null);
        PreviousFigure previous = PreviousFigure.choose(reported, stored, measure.previous());
        if (measure.actual() == null) {
            return limitResult(limit, span, null, previous, LimitOutcome.NO_DATA);
        }
        BigDecimal maximum = BigDecimal.valueOf(limit.maximum());
        boolean exceeded = measure.actual().compareTo(maximum) > 0;
        if (exceeded && limit.overLimit() == OverLimitRule.SUSPEND_TARGETS) {
            suspending.putIfAbsent(limit.period(), limit);
            excess.putIfAbsent(limit.period(), measure.actual().subtract(maximum));
        }
        return limitResult(
                limit, span, measure.actual(), previous, exceeded ? LimitOutcome.EXCEEDED : LimitOutcome.WITHIN);
    }

    private static LimitResult limitResult(
            LimitTerm limit, Span span, BigDecimal actual, PreviousFigure previous, LimitOutcome outcome) {
        return new LimitResult(
                limit.name(),
                limit.metric().name(),
                limit.maximum(),
                limit.overLimit().name(),
                span.from(),
                span.to(),
                actual,
                Measures.percent(actual, BigDecimal.valueOf(limit.maximum())),
                previous.previous(),
                Measures.change(actual, previous.previous()),
                outcome,
                previous.restated());
    }

    /** The lines of one target: one, or one per covered service for availability reported per service. */
    private List<TargetResult> target(TargetTerm target, int position, Measured measured) {
        List<ScopedService> lines = perService(target) ? services : Collections.singletonList(null);
        List<TargetResult> results = new ArrayList<>();
        for (ScopedService service : lines) {
            results.add(line(target, service, position, measured));
        }
        return results;
    }

    private boolean perService(TargetTerm target) {
        return target.metric() == TargetMetric.AVAILABILITY && !target.isPooled() && services.size() > 1;
    }

    private TargetResult line(TargetTerm target, ScopedService service, int position, Measured measured) {
        String name = lineName(target, service);
        Span span = Span.due(target.period(), month, zone);
        if (span == null) {
            return result(target, name, Span.month(month, zone), null, TargetOutcome.NOT_DUE, 0, 0);
        }
        TargetResult result = switch (target.metric()) {
            case RESPONSE_TIME, RESOLUTION_TIME -> tickets(target, span, measured.tickets.get(position));
            case AVAILABILITY -> availability(target, name, span, availabilityOf(position, service, measured));
            case CUSTOM_KPI -> kpi(target, span, measured.kpis.get(position));
        };
        LimitTerm over = suspending.get(target.period());
        if (over == null) {
            return result;
        }
        exclusions.add(new Exclusion(
                name,
                ExclusionReason.SUSPENDED_OVER_LIMIT,
                over.name(),
                excess.get(target.period()),
                over.isCounted() ? TICKETS : VALUE));
        return result(
                target,
                name,
                span,
                result.getAttained(),
                TargetOutcome.SUSPENDED,
                result.getCounted(),
                result.getWithinTarget());
    }

    /**
     * The seconds one line of an availability target is measured over: one service's time and outages,
     * or (pooled) the service time and maintenance of every covered service, the outages summed over them.
     */
    private Measured.Availability availabilityOf(int position, ScopedService service, Measured measured) {
        Measured.Availability seconds = measured.availability.get(position);
        if (seconds == null) {
            return null;
        }
        if (service == null) {
            int covered = services.size();
            return new Measured.Availability(
                    seconds.serviceSeconds() * covered,
                    seconds.maintenanceSeconds() * covered,
                    seconds.downtimeSeconds(),
                    seconds.outsideSeconds(),
                    seconds.plannedSeconds());
        }
        Measured.Outages outages = measured.outagesOf(position, service.id());
        return new Measured.Availability(
                seconds.serviceSeconds(),
                seconds.maintenanceSeconds(),
                outages.downtimeSeconds(),
                outages.outsideSeconds(),
                outages.plannedSeconds());
    }

    private TargetResult tickets(TargetTerm target, Span span, Measured.Tickets counts) {
        Measured.Tickets c = counts == null ? new Measured.Tickets(0, 0, 0, 0) : counts;
        exclude(target.name(), ExclusionReason.PAUSE, c.pausedSeconds(), SECONDS);
        exclude(target.name(), ExclusionReason.NOT_YET_DUE, c.notYetDue(), TICKETS);
        if (c.counted() == 0) {
            return result(target, target.name(), span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        return judged(target, target.name(), span, Measures.percent(c.within(), c.counted()), c.counted(), c.within());
    }

    /** No outage is 100 % (no data is not a miss); without any service time there is nothing to measure. */
    private TargetResult availability(TargetTerm target, String name, Span span, Measured.Availability seconds) {
        if (seconds == null) {
            return result(target, name, span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        exclude(name, ExclusionReason.MAINTENANCE_WINDOW, seconds.maintenanceSeconds(), SECONDS);
        exclude(name, ExclusionReason.PLANNED_OUTAGE, seconds.plannedSeconds(), SECONDS);
        exclude(name, ExclusionReason.OUTSIDE_SERVICE_HOURS, seconds.outsideSeconds(), SECONDS);
        long total = seconds.serviceSeconds();
        if (total <= 0) {
            return result(target, name, span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        long up = Math.max(0, total - seconds.downtimeSeconds());
        return judged(target, name, span, Measures.percent(up, total), total, up);
    }

    private TargetResult kpi(TargetTerm target, Span span, BigDecimal value) {
        if (value == null) {
            return result(target, target.name(), span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        return judged(
                target,
                target.name(),
                span,
                value,
                1,
                Measures.met(target.comparison(), value, target.threshold()) ? 1 : 0);
    }

    private static TargetResult judged(
            TargetTerm target, String name, Span span, BigDecimal attained, long counted, long within) {
        TargetOutcome outcome = Measures.met(target.comparison(), attained, target.threshold())
                ? TargetOutcome.MET
                : TargetOutcome.MISSED;
        return result(target, name, span, attained, outcome, counted, within);
    }

    private void exclude(String line, ExclusionReason reason, long amount, String unit) {
        if (amount > 0) {
            exclusions.add(new Exclusion(line, reason, null, BigDecimal.valueOf(amount), unit));
        }
    }

    private static TargetResult result(
            TargetTerm target,
            String name,
            Span span,
            BigDecimal attained,
            TargetOutcome outcome,
            long counted,
            long within) {
        return new TargetResult(
                name,
                target.metric().name(),
                target.comparison().name(),
                target.threshold(),
                target.unit(),
                span.from(),
                span.to(),
                attained,
                outcome,
                counted,
                within);
    }
}
