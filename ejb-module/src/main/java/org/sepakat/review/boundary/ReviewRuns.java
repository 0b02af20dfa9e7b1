package org.sepakat.review.boundary;

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
import org.sepakat.review.entity.ReviewRun;
import org.sepakat.shared.entity.Roles;

/** The counts of each review job (SLM-6): written by the job's chunks, read by the job history. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR})
public class ReviewRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds a chunk's numbers to its job instance's row, in the chunk's transaction. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ReviewRun count(long instanceId, String period, String trigger, Long scheduleId, int reviewed, int stored) {
        ReviewRun run = em.find(ReviewRun.class, instanceId);
        if (run == null) {
            run = new ReviewRun(instanceId, period, trigger, scheduleId, clock.instant());
            em.persist(run);
        }
        run.count(reviewed, stored, clock.instant());
        return run;
    }

    /** The rows of these job instances, by instance id; an instance that found nothing to do may have none. */
    public Map<Long, ReviewRun> of(Collection<Long> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ReviewRun.FIND_BY_INSTANCES, ReviewRun.class)
                .setParameter("ids", instanceIds)
                .getResultStream()
                .collect(Collectors.toMap(ReviewRun::getInstanceId, Function.identity()));
    }
}
