package org.sepakat.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.PeriodTextConverter;

/**
 * A planned interval at which reviews run (SLM-6, SLM-7): monthly on a day, at a time, in a time
 * zone, reviewing the month before. While enabled, exactly one persistent timer runs it; the
 * schedule remembers its last run so the history shows that it ran.
 */
@Entity
@Table(name = "sc_schedule")
@NamedQuery(name = ReviewSchedule.FIND_BY_NAME, query = "SELECT s FROM ReviewSchedule s WHERE s.name = :name")
@NamedQuery(
        name = ReviewSchedule.FIND_ENABLED,
        query = "SELECT s FROM ReviewSchedule s WHERE s.enabled = TRUE ORDER BY s.id")
@NamedQuery(name = ReviewSchedule.COUNT_ALL, query = "SELECT COUNT(s) FROM ReviewSchedule s")
@NamedQuery(
        name = ReviewSchedule.MARK_FIRED,
        query = "UPDATE ReviewSchedule s SET s.lastFiredAt = :at, s.lastPeriod = :period" + " WHERE s.id = :id")
public class ReviewSchedule extends AuditedEntity {

    public static final String FIND_BY_NAME = "ReviewSchedule.findByName";
    public static final String FIND_ENABLED = "ReviewSchedule.findEnabled";
    public static final String COUNT_ALL = "ReviewSchedule.countAll";
    /** A run does not make a new version: a user editing the schedule meanwhile is not refused for it. */
    public static final String MARK_FIRED = "ReviewSchedule.markFired";

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_kind", nullable = false, length = 30)
    private JobKind kind;

    @Column(name = "day_of_month", nullable = false)
    private int dayOfMonth;

    @Column(name = "run_hour", nullable = false)
    private int hour;

    @Column(name = "run_minute", nullable = false)
    private int minute;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "last_fired_at")
    private Instant lastFiredAt;

    @Column(name = "last_period", length = 7)
    @Convert(converter = PeriodTextConverter.class)
    private Period lastPeriod;

    protected ReviewSchedule() {}

    public ReviewSchedule(String name, JobKind kind, ScheduleRule rule) {
        rename(name);
        this.kind = Objects.requireNonNull(kind);
        plan(rule);
        this.enabled = true;
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public void plan(ScheduleRule rule) {
        this.dayOfMonth = rule.dayOfMonth();
        this.hour = rule.hour();
        this.minute = rule.minute();
        this.timeZone = rule.zone().getId();
    }

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    public ScheduleRule rule() {
        return new ScheduleRule(dayOfMonth, hour, minute, ScheduleRule.zone(timeZone));
    }

    public String getName() {
        return name;
    }

    public JobKind getKind() {
        return kind;
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastFiredAt() {
        return lastFiredAt;
    }

    public Period getLastPeriod() {
        return lastPeriod;
    }

    @Override
    public String auditKey() {
        return name;
    }

    /** The last run is not history: it is shown on the schedule and in the job history. */
    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("jobKind", kind == null ? null : kind.name());
        state.put("runsAt", "%s %02d:%02d %s".formatted(rule().dayText(), hour, minute, timeZone));
        state.put("enabled", String.valueOf(enabled));
        return state;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ReviewSchedule schedule && name != null && name.equals(schedule.name);
    }

    @Override
    public int hashCode() {
        // constant per class: the name can be changed
        return ReviewSchedule.class.hashCode();
    }
}
