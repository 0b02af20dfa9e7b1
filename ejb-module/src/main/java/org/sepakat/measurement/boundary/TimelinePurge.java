package org.sepakat.measurement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.sepakat.measurement.control.TimelineRetention;
import org.sepakat.measurement.control.TimelineStore;
import org.sepakat.shared.entity.Roles;

/**
 * Once a day deletes the business-time timelines no review has needed for the retention days
 * (a calendar changed, an SLA ended); a review that needs one again builds it anew.
 */
@Stateless
public class TimelinePurge {

    private static final Logger LOG = Logger.getLogger(TimelinePurge.class.getName());

    /** Liberty hands a numeric jndiEntry over as an Integer. */
    @Resource(lookup = "sepakat/timelineRetentionDays")
    Object retentionDays;

    @Inject
    TimelineStore timelines;

    @Inject
    Clock clock;

    /** Not persistent: a purge missed while the server was down simply happens the next night. */
    @Schedule(hour = "3", minute = "40", persistent = false)
    @PermitAll
    void daily() {
        purge();
    }

    /** @return how many timelines were deleted */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int purge() {
        TimelineRetention retention = TimelineRetention.of(retentionDays);
        LocalDate cutoff = retention.cutoff(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        int removed = timelines.purgeUnusedBefore(cutoff);
        LOG.info(() ->
                "Purged " + removed + " timeline(s) unused since " + cutoff + " (kept " + retention.days() + " days)");
        return removed;
    }
}
