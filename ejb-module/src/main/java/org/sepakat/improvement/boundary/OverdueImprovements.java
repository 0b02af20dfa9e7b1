package org.sepakat.improvement.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.sepakat.shared.entity.Roles;

/**
 * Tells owners of overdue improvement opportunities at 06:30 server time. Not persistent: every server fires it, and
 * each notice's once key in the database lets it be told once ({@link Improvements#tellOverdue}).
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
public class OverdueImprovements {

    @Inject
    Improvements improvements;

    @Schedule(hour = "6", minute = "30", persistent = false, info = "overdue improvement opportunities")
    void tell() {
        improvements.tellOverdue();
    }
}
