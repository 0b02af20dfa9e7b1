package org.sepakat.measurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.PeriodTextConverter;

/**
 * What one review job found, per job instance (a restart continues the instance): how many SLAs
 * it reviewed and how many reports it stored. Counted in the same transaction as each chunk of
 * reports, so the numbers always match what was committed.
 */
@Entity
@Table(name = "rv_review_run")
@NamedQuery(
        name = MeasurementRun.FIND_BY_INSTANCES,
        query = "SELECT r FROM MeasurementRun r WHERE r.instanceId IN :ids")
public class MeasurementRun {

    public static final String FIND_BY_INSTANCES = "MeasurementRun.findByInstances";

    @Id
    @Column(name = "instance_id")
    private Long instanceId;

    @Column(name = "review_period", nullable = false, length = 7)
    @Convert(converter = PeriodTextConverter.class)
    private Period period;

    @Column(name = "triggered_by", nullable = false, length = 20)
    private String trigger;

    @Column(name = "schedule_id")
    private Long scheduleId;

    @Column(name = "agreements_reviewed", nullable = false)
    private long agreementsReviewed;

    @Column(name = "reports_stored", nullable = false)
    private long reportsStored;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeasurementRun() {}

    public MeasurementRun(long instanceId, Period period, String trigger, Long scheduleId, Instant at) {
        this.instanceId = instanceId;
        this.period = Objects.requireNonNull(period);
        this.trigger = Objects.requireNonNull(trigger);
        this.scheduleId = scheduleId;
        this.updatedAt = Objects.requireNonNull(at);
    }

    public void count(int reviewed, int stored, Instant at) {
        agreementsReviewed += reviewed;
        reportsStored += stored;
        updatedAt = at;
    }

    public Long getInstanceId() {
        return instanceId;
    }

    public Period getPeriod() {
        return period;
    }

    public String getTrigger() {
        return trigger;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public long getAgreementsReviewed() {
        return agreementsReviewed;
    }

    public long getReportsStored() {
        return reportsStored;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
