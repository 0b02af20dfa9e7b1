package org.sepakat.servicelevel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.terms.LimitTerm;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.WorkloadMetric;

/** SLM-4: how much work the SLA covers per period, and what happens above it. */
@Embeddable
public class WorkloadLimit {

    @Column(name = "limit_name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkloadMetric metric;

    @Column(name = "ticket_kind", length = 60)
    private String ticketKind;

    @Column(name = "maximum_per_period", nullable = false)
    private long maximum;

    @Enumerated(EnumType.STRING)
    @Column(name = "measurement_period", nullable = false, length = 10)
    private MeasurementPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "over_limit", nullable = false, length = 20)
    private OverLimitRule overLimit;

    protected WorkloadLimit() {}

    public WorkloadLimit(
            String name,
            WorkloadMetric metric,
            String ticketKind,
            long maximum,
            MeasurementPeriod period,
            OverLimitRule overLimit) {
        this.name = Objects.requireNonNull(name);
        this.metric = Objects.requireNonNull(metric);
        this.ticketKind = ticketKind == null || ticketKind.isBlank() ? null : ticketKind.trim();
        this.period = Objects.requireNonNull(period);
        this.overLimit = Objects.requireNonNull(overLimit);
        if (maximum <= 0) {
            throw InvalidInput.of("maximum", "error.limit.positive", name);
        }
        this.maximum = maximum;
    }

    public String getName() {
        return name;
    }

    public WorkloadMetric getMetric() {
        return metric;
    }

    public String getTicketKind() {
        return ticketKind;
    }

    public long getMaximum() {
        return maximum;
    }

    public MeasurementPeriod getPeriod() {
        return period;
    }

    public OverLimitRule getOverLimit() {
        return overLimit;
    }

    /** This limit as the published terms read. */
    public LimitTerm term() {
        return new LimitTerm(name, metric, ticketKind, maximum, period, overLimit);
    }

    /** A limit as restored from an agreed version; checked again. */
    public static WorkloadLimit of(LimitTerm term) {
        return new WorkloadLimit(
                term.name(), term.metric(), term.ticketKind(), term.maximum(), term.period(), term.overLimit());
    }

    public String describe() {
        return term().describe();
    }
}
