package org.sepakat.measurement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sepakat.measurement.entity.MeasurementRun;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;

/** The counts of each review job (SLM-6): written by the job's chunks, read by the job history. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR})
public class MeasurementRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds a chunk's numbers to its job instance's row, in the chunk's transaction. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public MeasurementRun count(
            long instanceId, Period period, String trigger, Long scheduleId, int reviewed, int stored) {
        MeasurementRun run = em.find(MeasurementRun.class, instanceId);
        if (run == null) {
            run = new MeasurementRun(instanceId, period, trigger, scheduleId, clock.instant());
            em.persist(run);
        }
        run.count(reviewed, stored, clock.instant());
        return run;
    }

    /** The rows of these job instances, by instance id; an instance that found nothing to do may have none. */
    public Map<Long, MeasurementRun> of(Collection<Long> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(MeasurementRun.FIND_BY_INSTANCES, MeasurementRun.class)
                .setParameter("ids", instanceIds)
                .getResultStream()
                .collect(Collectors.toMap(MeasurementRun::getInstanceId, Function.identity()));
    }
}
