package org.sepakat.notification.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Sends the daily digest at 07:00 server time. Not persistent: every server fires it, and the claim in
 * the database ({@link Digests}) lets each notification go out once.
 */
@Stateless
public class DailyDigest {

    @Inject
    Digests digests;

    @Schedule(hour = "7", minute = "0", persistent = false, info = "daily notification digest")
    void send() {
        digests.sendDue();
    }
}
