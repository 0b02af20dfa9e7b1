package org.sepakat.it.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notice;

/**
 * Notifies in a transaction that stays open a while after the notices were written, as a slow chunk of a
 * review run on another server does: a second notifier of the same group meets it uncommitted.
 */
@ApplicationScoped
public class HeldNotices {

    @Inject
    Notifications notifications;

    @Transactional
    public void notifyAndHold(List<Notice> notices, CountDownLatch written, long holdMillis)
            throws InterruptedException {
        notifications.notifyAll(notices);
        written.countDown();
        Thread.sleep(holdMillis);
    }
}
