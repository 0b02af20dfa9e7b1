package org.sepakat.it.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notice;
import org.sepakat.shared.entity.Roles;

/**
 * Notifies as a review job's chunk does, on a thread of its own and as the job's identity: one in a transaction that
 * stays open a while after the notices were written (a slow chunk on another server), one at once.
 */
@Stateless
@PermitAll
@RunAs(Roles.ADMINISTRATOR)
public class HeldNotices {

    @Inject
    Notifications notifications;

    public void notifyAndHold(List<Notice> notices, CountDownLatch written, long holdMillis)
            throws InterruptedException {
        notifications.notifyAll(notices);
        written.countDown();
        Thread.sleep(holdMillis);
    }

    public void notifyNow(List<Notice> notices) {
        notifications.notifyAll(notices);
    }
}
