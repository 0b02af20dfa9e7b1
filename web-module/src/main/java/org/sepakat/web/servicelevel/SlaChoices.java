package org.sepakat.web.servicelevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.NoResponseRule;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.WorkloadMetric;

/** The fixed choices of the SLA and calendar forms; labels come from the bundle's enum keys. */
@Named
@ApplicationScoped
public class SlaChoices {

    private final List<String> timeZones =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    public List<String> getTimeZones() {
        return timeZones;
    }

    public SlaStatus[] getStatuses() {
        return SlaStatus.values();
    }

    public TargetMetric[] getMetrics() {
        return TargetMetric.values();
    }

    public Comparison[] getComparisons() {
        return Comparison.values();
    }

    public MeasurementPeriod[] getPeriods() {
        return MeasurementPeriod.values();
    }

    public ReviewCadence[] getCadences() {
        return ReviewCadence.values();
    }

    public WorkloadMetric[] getWorkloadMetrics() {
        return WorkloadMetric.values();
    }

    public OverLimitRule[] getOverLimitRules() {
        return OverLimitRule.values();
    }

    public Recurrence[] getRecurrences() {
        return Recurrence.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public AvailabilityScope[] getAvailabilityScopes() {
        return AvailabilityScope.values();
    }

    public NoResponseRule[] getNoResponseRules() {
        return NoResponseRule.values();
    }
}
