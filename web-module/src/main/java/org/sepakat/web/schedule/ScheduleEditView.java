package org.sepakat.web.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.schedule.boundary.ReviewSchedules;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.schedule.entity.ScheduleData;
import org.sepakat.schedule.entity.ScheduleRule;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/**
 * Creates or changes a review schedule (day, time, zone, on or off), shows when its timer runs
 * next, and runs a past month now. Keeps the version it read (SLM-6).
 */
@Named
@ViewScoped
public class ScheduleEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "scheduleForm";
    private static final int MONTHS_OFFERED = 24;

    @Inject
    ReviewSchedules schedules;

    @Inject
    UserSession userSession;

    @Inject
    FacesErrors facesErrors;

    @Inject
    Attempt attempt;

    @Inject
    Clock clock;

    private Long id;
    private String name;
    private JobKind kind = JobKind.SLA_REVIEW;
    private Integer dayOfMonth = 1;
    private Integer hour = 2;
    private Integer minute = 0;
    private String timeZone = "Asia/Jakarta";
    private boolean enabled = true;
    private Long version;
    private Instant nextRun;
    private Instant lastFiredAt;
    private String lastPeriod;
    private String runPeriod;

    public void load() {
        if (!PageGuard.allow(userSession.isCanReadSchedules())) {
            return;
        }
        if (id == null) {
            if (!userSession.isCanEditSchedules()) {
                PageGuard.allow(false);
            }
            return;
        }
        try {
            show(schedules.find(id));
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    private void show(ReviewSchedule schedule) {
        id = schedule.getId();
        name = schedule.getName();
        kind = schedule.getKind();
        dayOfMonth = schedule.getDayOfMonth();
        hour = schedule.getHour();
        minute = schedule.getMinute();
        timeZone = schedule.getTimeZone();
        enabled = schedule.isEnabled();
        version = schedule.getVersion();
        lastFiredAt = schedule.getLastFiredAt();
        lastPeriod = schedule.getLastPeriod() == null
                ? null
                : schedule.getLastPeriod().toString();
        nextRun = schedules.nextRun(schedule.getId()).orElse(null);
        List<String> months = getPastMonths();
        runPeriod = months.isEmpty() ? null : months.get(0);
    }

    public String save() {
        ScheduleData data = new ScheduleData(name, kind, dayOfMonth, hour, minute, timeZone, enabled, version);
        return attempt.saveAndOpen(
                () -> id == null ? schedules.create(data) : schedules.update(id, data),
                FORM,
                "schedule.saved",
                "/schedules/edit");
    }

    public String delete() {
        try {
            schedules.delete(id, version);
            facesErrors.info("schedule.deleted", name);
            return "/schedules/list?faces-redirect=true";
        } catch (BusinessException e) {
            facesErrors.show(e, FORM);
            return null;
        }
    }

    public void runNow() {
        long[] execution = new long[1];
        if (attempt.run(
                () -> execution[0] = schedules.runNow(id, runPeriod == null ? null : Period.parse("period", runPeriod)),
                "runForm")) {
            attempt.done("schedule.started", runPeriod, execution[0]);
        }
    }

    /** The months that have ended in the schedule's zone, newest first. */
    public List<String> getPastMonths() {
        ZoneId zone;
        try {
            zone = ScheduleRule.zone(timeZone);
        } catch (RuntimeException e) {
            zone = ZoneId.of("UTC");
        }
        Period last = Period.current(clock.withZone(zone)).previous();
        List<String> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(last.minusMonths(i).toString());
        }
        return months;
    }

    public boolean isCreating() {
        return id == null;
    }

    public JobKind[] getKinds() {
        return JobKind.values();
    }

    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/"))
                .sorted()
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public JobKind getKind() {
        return kind;
    }

    public void setKind(JobKind kind) {
        this.kind = kind;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public Integer getHour() {
        return hour;
    }

    public void setHour(Integer hour) {
        this.hour = hour;
    }

    public Integer getMinute() {
        return minute;
    }

    public void setMinute(Integer minute) {
        this.minute = minute;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** When the timer fires next, in the user's zone; null while disabled. */
    public String getNextRun() {
        return ScheduleTime.of(nextRun, userSession);
    }

    public Instant getLastFiredAt() {
        return lastFiredAt;
    }

    public String getLastPeriod() {
        return lastPeriod;
    }

    public String getRunPeriod() {
        return runPeriod;
    }

    public void setRunPeriod(String runPeriod) {
        this.runPeriod = runPeriod;
    }
}
