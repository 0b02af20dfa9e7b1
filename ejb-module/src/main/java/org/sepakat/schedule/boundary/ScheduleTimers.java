package org.sepakat.schedule.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.JobParameters;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.shared.entity.DatabaseReady;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;

/**
 * The timers behind the schedules: exactly one persistent calendar timer per enabled schedule,
 * its info the schedule's id. Persistent timers outlive restarts, so at start-up the timers are
 * made to match the schedules (missing ones created, stale or doubled ones cancelled) rather than
 * created again. A timer that fires starts the schedule's job for each month not yet reviewed
 * since its last run; the batch side makes sure a month is never reviewed twice.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Roles.ADMINISTRATOR)
@PermitAll
public class ScheduleTimers {

    private static final Logger LOG = Logger.getLogger(ScheduleTimers.class.getName());
    /** Info of the one-off timer that restarts interrupted jobs once the application is up. */
    static final String RECOVERY = "recover-interrupted-jobs";

    private static final long RECOVERY_DELAY_MILLIS = 5_000;
    /** A schedule down for longer than this catches up only the latest months. */
    private static final int MAX_CATCH_UP_MONTHS = 12;

    @Resource
    TimerService timerService;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewJobs jobs;

    @Inject
    Clock clock;

    /** Runs after the demo data (which may add a schedule) so the demo schedule gets its timer too. */
    public void onDatabaseReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DatabaseReady ready) {
        reconcile();
        timerService.createSingleActionTimer(RECOVERY_DELAY_MILLIS, new TimerConfig(RECOVERY, false));
    }

    /** Makes the timers match the enabled schedules: one each, on the schedule's current rule. */
    public synchronized void reconcile() {
        Map<Long, ReviewSchedule> enabled = new HashMap<>();
        em.createNamedQuery(ReviewSchedule.FIND_ENABLED, ReviewSchedule.class)
                .getResultList()
                .forEach(s -> enabled.put(s.getId(), s));
        Map<Long, Timer> kept = new HashMap<>();
        for (Timer timer : scheduleTimers()) {
            Long id = (Long) timer.getInfo();
            ReviewSchedule schedule = enabled.get(id);
            if (schedule == null || kept.containsKey(id) || !matches(timer, schedule)) {
                cancel(timer);
            } else {
                kept.put(id, timer);
            }
        }
        enabled.values().stream().filter(s -> !kept.containsKey(s.getId())).forEach(this::create);
        LOG.info(
                () -> "Schedule timers: " + enabled.size() + " enabled schedule(s), " + kept.size() + " timer(s) kept");
    }

    /** After a schedule was created, changed, enabled or disabled. */
    public synchronized void arm(ReviewSchedule schedule) {
        disarm(schedule.getId());
        if (schedule.isEnabled()) {
            create(schedule);
        }
    }

    public synchronized void disarm(Long scheduleId) {
        scheduleTimers().stream().filter(t -> scheduleId.equals(t.getInfo())).forEach(ScheduleTimers::cancel);
    }

    /** When the schedule's timer fires next, or empty when it has none (disabled). */
    public Optional<Instant> nextRun(Long scheduleId) {
        return scheduleTimers().stream()
                .filter(t -> scheduleId.equals(t.getInfo()))
                .map(t -> t.getNextTimeout().toInstant())
                .findFirst();
    }

    /** How many timers the schedule has: one while enabled, none while disabled. */
    public long timerCount(Long scheduleId) {
        return scheduleTimers().stream()
                .filter(t -> scheduleId.equals(t.getInfo()))
                .count();
    }

    @Timeout
    public void fire(Timer timer) {
        Serializable info = timer.getInfo();
        if (RECOVERY.equals(info)) {
            recover();
            return;
        }
        ReviewSchedule schedule = em.find(ReviewSchedule.class, info);
        if (schedule == null || !schedule.isEnabled()) {
            LOG.warning(
                    () -> "Timer of schedule " + info + " fired but the schedule is gone or disabled; cancelling it");
            cancel(timer);
            return;
        }
        Instant now = clock.instant();
        for (Period period : schedule.rule().periodsDue(schedule.getLastPeriod(), now, MAX_CATCH_UP_MONTHS)) {
            jobs.startOnce(
                    schedule.getKind(),
                    period,
                    schedule.getId(),
                    JobParameters.SCHEDULE,
                    JobParameters.DEFAULT_ITEM_COUNT,
                    0);
            em.createNamedQuery(ReviewSchedule.MARK_FIRED)
                    .setParameter("at", now)
                    .setParameter("period", period)
                    .setParameter("id", schedule.getId())
                    .executeUpdate();
        }
    }

    private void recover() {
        try {
            List<Long> restarted = jobs.restartUnfinished(JobKind.SLA_REVIEW);
            if (!restarted.isEmpty()) {
                LOG.info(() -> "Restarted interrupted review job(s) as execution(s) " + restarted);
            }
        } catch (RuntimeException e) {
            // the next start tries again; the timers keep working meanwhile
            LOG.log(Level.SEVERE, "Interrupted review jobs could not be restarted", e);
        }
    }

    private void create(ReviewSchedule schedule) {
        Timer timer =
                timerService.createCalendarTimer(schedule.rule().expression(), new TimerConfig(schedule.getId(), true));
        LOG.info(() -> "Schedule " + schedule.getName() + " next runs at "
                + timer.getNextTimeout().toInstant());
    }

    private static boolean matches(Timer timer, ReviewSchedule schedule) {
        var expected = schedule.rule().expression();
        var actual = timer.getSchedule();
        return expected.getDayOfMonth().equals(actual.getDayOfMonth())
                && expected.getHour().equals(actual.getHour())
                && expected.getMinute().equals(actual.getMinute())
                && expected.getTimezone().equals(actual.getTimezone());
    }

    private List<Timer> scheduleTimers() {
        return timerService.getTimers().stream()
                .filter(t -> t.getInfo() instanceof Long)
                .toList();
    }

    private static void cancel(Timer timer) {
        try {
            timer.cancel();
        } catch (NoSuchObjectLocalException e) {
            LOG.fine(() -> "Timer already gone: " + e.getMessage());
        }
    }
}
