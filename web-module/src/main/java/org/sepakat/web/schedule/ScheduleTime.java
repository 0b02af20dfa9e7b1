package org.sepakat.web.schedule;

import java.time.Instant;
import org.sepakat.web.shared.Moments;
import org.sepakat.web.shared.UserSession;

/**
 * A run time as every other moment is shown: in the user's zone, named (issue 12 §3). The zone a
 * schedule is planned in stays visible in its rule ("Day 1 at 02:00 (Asia/Jakarta)").
 */
final class ScheduleTime {

    private ScheduleTime() {}

    static String of(Instant at, UserSession user) {
        return at == null ? null : Moments.format(at, user.getZone(), user.getLocale());
    }
}
