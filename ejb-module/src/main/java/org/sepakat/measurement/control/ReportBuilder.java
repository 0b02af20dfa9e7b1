package org.sepakat.measurement.control;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.sepakat.shared.terms.TargetTerm;

/**
 * Turns what the database measured for one SLA into the report's results (SLM-6): the outcome of
 * every target and limit, and what was excluded and why. No database here, so every rule is unit-tested.
 */
public final class ReportBuilder {

    static final String SECONDS = "SECONDS";
    static final String TICKETS = "TICKETS";
    static final String VALUE = "VALUE";

    /** The results of one SLA for one month. */
    public record Results(List<TargetResult> targets, List<LimitResult> limits, List<Exclusion> exclusions) {}

    private final Period month;
    private final ZoneId zone;
    private final int coveredServices;
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final Map<MeasurementPeriod, LimitTerm> suspending = new EnumMap<>(MeasurementPeriod.class);
    private final Map<MeasurementPeriod, BigDecimal> excess = new EnumMap<>(MeasurementPeriod.class);

    public ReportBuilder(Period month, ZoneId zone, int coveredServices) {
        this.month = month;
        this.zone = zone;
        this.coveredServices = coveredServices;
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
            targetResults.add(target(targets.get(i), i, measured));
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

    private TargetResult target(TargetTerm target, int position, Measured measured) {
        Span span = Span.due(target.period(), month, zone);
        if (span == null) {
            return result(target, Span.month(month, zone), null, TargetOutcome.NOT_DUE, 0, 0);
        }
        TargetResult result = switch (target.metric()) {
            case RESPONSE_TIME, RESOLUTION_TIME -> tickets(target, span, measured.tickets.get(position));
            case AVAILABILITY -> availability(target, span, measured.availability.get(position));
            case CUSTOM_KPI -> kpi(target, span, measured.kpis.get(position));
        };
        LimitTerm over = suspending.get(target.period());
        if (over == null) {
            return result;
        }
        exclusions.add(new Exclusion(
                target.name(),
                ExclusionReason.SUSPENDED_OVER_LIMIT,
                over.name(),
                excess.get(target.period()),
                over.isCounted() ? TICKETS : VALUE));
        return result(
                target,
                span,
                result.getAttained(),
                TargetOutcome.SUSPENDED,
                result.getCounted(),
                result.getWithinTarget());
    }

    private TargetResult tickets(TargetTerm target, Span span, Measured.Tickets counts) {
        Measured.Tickets c = counts == null ? new Measured.Tickets(0, 0, 0, 0) : counts;
        exclude(target, ExclusionReason.PAUSE, c.pausedSeconds(), SECONDS);
        exclude(target, ExclusionReason.NOT_YET_DUE, c.notYetDue(), TICKETS);
        if (c.counted() == 0) {
            return result(target, span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        return judged(target, span, Measures.percent(c.within(), c.counted()), c.counted(), c.within());
    }

    /** No outage is 100 % (no data is not a miss); without any service time there is nothing to measure. */
    private TargetResult availability(TargetTerm target, Span span, Measured.Availability seconds) {
        if (seconds == null) {
            return result(target, span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        exclude(target, ExclusionReason.MAINTENANCE_WINDOW, seconds.maintenanceSeconds(), SECONDS);
        exclude(target, ExclusionReason.PLANNED_OUTAGE, seconds.plannedSeconds(), SECONDS);
        exclude(target, ExclusionReason.OUTSIDE_SERVICE_HOURS, seconds.outsideSeconds(), SECONDS);
        long total = seconds.serviceSeconds() * coveredServices;
        if (total <= 0) {
            return result(target, span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        long up = Math.max(0, total - seconds.downtimeSeconds());
        return judged(target, span, Measures.percent(up, total), total, up);
    }

    private TargetResult kpi(TargetTerm target, Span span, BigDecimal value) {
        if (value == null) {
            return result(target, span, null, TargetOutcome.NO_DATA, 0, 0);
        }
        return judged(target, span, value, 1, Measures.met(target.comparison(), value, target.threshold()) ? 1 : 0);
    }

    private static TargetResult judged(TargetTerm target, Span span, BigDecimal attained, long counted, long within) {
        TargetOutcome outcome = Measures.met(target.comparison(), attained, target.threshold())
                ? TargetOutcome.MET
                : TargetOutcome.MISSED;
        return result(target, span, attained, outcome, counted, within);
    }

    private void exclude(TargetTerm target, ExclusionReason reason, long amount, String unit) {
        if (amount > 0) {
            exclusions.add(new Exclusion(target.name(), reason, null, BigDecimal.valueOf(amount), unit));
        }
    }

    private static TargetResult result(
            TargetTerm target, Span span, BigDecimal attained, TargetOutcome outcome, long counted, long within) {
        return new TargetResult(
                target.name(),
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
