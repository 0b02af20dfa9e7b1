package org.sepakat.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.sepakat.party.entity.DemoPartiesLoaded;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.schedule.entity.ScheduleRule;
import org.sepakat.shared.boundary.History;

/** The demo's monthly SLA review: day 1 at 02:00 Jakarta time, once the demo register is stored. */
@Stateless
public class ScheduleDemoData {

    private static final Logger LOG = Logger.getLogger(ScheduleDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    History history;

    @Inject
    ScheduleTimers timers;

    public void onDemoParties(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoPartiesLoaded parties) {
        if (em.createNamedQuery(ReviewSchedule.COUNT_ALL, Long.class).getSingleResult() > 0) {
            return;
        }
        ReviewSchedule monthly = history.created(new ReviewSchedule(
                "Monthly SLA review", JobKind.SLA_REVIEW, new ScheduleRule(1, 2, 0, ZoneId.of("Asia/Jakarta"))));
        timers.arm(monthly);
        LOG.info("Demo data loaded: 1 review schedule");
    }
}
