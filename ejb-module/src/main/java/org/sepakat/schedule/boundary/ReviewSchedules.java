package org.sepakat.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.JobParameters;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.schedule.entity.RunData;
import org.sepakat.schedule.entity.ScheduleData;
import org.sepakat.schedule.entity.ScheduleRule;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.shared.persistence.UniqueKey;

/**
 * Review schedules (SLM-6, SLM-7): the administrator and service level managers set them up and
 * run a past month on demand; the auditor reads them. Every change re-arms the schedule's timer
 * in the same transaction, so a schedule and its timer never disagree.
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR})
public class ReviewSchedules {

    private static final Logger LOG = Logger.getLogger(ReviewSchedules.class.getName());
    private static final String RULE = "SLM-6";

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    ScheduleTimers timers;

    @Inject
    ReviewJobs jobs;

    @Inject
    Clock clock;

    /** Filters: name (contains), kind, enabled (true/false). */
    public Page<ReviewSchedule> list(PageRequest request) {
        return PagedQuery.of(em, ReviewSchedule.class)
                .sortable("name", "kind", "dayOfMonth", "enabled", "lastFiredAt")
                .defaultSort("name", true)
                .textFilter("name", "name")
                .equalsFilter("kind", "kind")
                .filter("enabled", (cb, root, value) -> cb.equal(root.get("enabled"), Boolean.parseBoolean(value)))
                .fetch(request);
    }

    public ReviewSchedule find(Long id) {
        return Records.require(em, ReviewSchedule.class, id);
    }

    /** When the schedule's timer fires next; empty while it is disabled. */
    public Optional<Instant> nextRun(Long id) {
        return timers.nextRun(find(id).getId());
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ReviewSchedule create(ScheduleData data) {
        input.valid(data);
        String name = data.name().trim();
        UniqueKey.require(em, ReviewSchedule.class, ReviewSchedule.FIND_BY_NAME, "name", name, null);
        ReviewSchedule schedule = new ReviewSchedule(name, data.kind(), rule(data));
        if (!data.enabled()) {
            schedule.disable();
        }
        ReviewSchedule stored = history.created(schedule);
        timers.arm(stored);
        LOG.info(() -> "Schedule " + stored.getName() + " created by " + history.currentUser());
        return stored;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ReviewSchedule update(Long id, ScheduleData data) {
        input.valid(data);
        ReviewSchedule schedule = Records.asRead(em, ReviewSchedule.class, id, data.version());
        if (schedule.getKind() != data.kind()) {
            throw InvalidInput.of("kind", "error.schedule.kindFixed", schedule.getName());
        }
        String name = data.name().trim();
        UniqueKey.require(em, ReviewSchedule.class, ReviewSchedule.FIND_BY_NAME, "name", name, id);
        ScheduleRule rule = rule(data);
        ReviewSchedule changed = history.change(schedule, s -> {
            s.rename(name);
            s.plan(rule);
            if (data.enabled()) {
                s.enable();
            } else {
                s.disable();
            }
        });
        timers.arm(changed);
        return changed;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public void delete(Long id, long version) {
        ReviewSchedule schedule = Records.asRead(em, ReviewSchedule.class, id, version);
        timers.disarm(schedule.getId());
        history.deleted(schedule);
        LOG.info(() -> "Schedule " + schedule.getName() + " deleted by " + history.currentUser());
    }

    /**
     * Runs the schedule's job now for a month that has ended (ON_DEMAND), e.g. to review a month
     * again after late service data arrived: the review adds reports only for SLAs that have none.
     *
     * @return the job execution id
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public long runNow(Long id, Period period) {
        ReviewSchedule schedule = find(id);
        if (period == null) {
            throw InvalidInput.of("period", "error.schedule.periodRequired");
        }
        Period current = Period.current(clock.withZone(ScheduleRule.zone(schedule.getTimeZone())));
        if (!period.isBefore(current)) {
            throw new RuleViolation(RULE, "error.schedule.periodNotEnded", period.toString());
        }
        return jobs.start(
                schedule.getKind(),
                period,
                schedule.getId(),
                JobParameters.ON_DEMAND,
                JobParameters.DEFAULT_ITEM_COUNT,
                0);
    }

    /**
     * Runs the review of an ended month outside any schedule (ON_DEMAND), e.g. from another
     * system through the REST API.
     *
     * @return the job execution id
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public long run(JobKind kind, RunData data) {
        input.valid(data);
        Period period = Period.parse("period", data.period());
        if (!period.isBefore(Period.current(clock))) {
            throw new RuleViolation(RULE, "error.schedule.periodNotEnded", period.toString());
        }
        return jobs.start(
                kind,
                period,
                null,
                JobParameters.ON_DEMAND,
                data.itemCount() == null ? JobParameters.DEFAULT_ITEM_COUNT : data.itemCount(),
                data.pauseMillisBetweenChunks() == null ? 0 : data.pauseMillisBetweenChunks());
    }

    private static ScheduleRule rule(ScheduleData data) {
        ZoneId zone;
        try {
            zone = ScheduleRule.zone(data.timeZone());
        } catch (DateTimeException e) {
            throw InvalidInput.of("timeZone", "error.timeZone.unknown", data.timeZone());
        }
        return new ScheduleRule(data.dayOfMonth(), data.hour(), data.minute(), zone);
    }
}
