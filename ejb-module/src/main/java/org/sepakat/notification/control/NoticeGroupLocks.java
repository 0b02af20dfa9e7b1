package org.sepakat.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import org.sepakat.notification.entity.NoticeGroup;

/**
 * Locks the rows of the groups a batch of notices joins, for update until the caller's transaction ends,
 * making a row first where there is none (SELECT ... FOR UPDATE through JPA). Taken in the keys' order,
 * so two batches naming the same groups wait for each other instead of deadlocking.
 */
@ApplicationScoped
public class NoticeGroupLocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeGroupMaker maker;

    public void lock(Collection<String> keys, Instant at) {
        for (String key : new TreeSet<>(keys)) {
            if (em.find(NoticeGroup.class, key, LockModeType.PESSIMISTIC_WRITE) != null) {
                continue;
            }
            try {
                maker.make(key, at);
            } catch (PersistenceException | TransactionalException raced) {
                // made by another server between the find and the insert: it is there now
            }
            if (em.find(NoticeGroup.class, key, LockModeType.PESSIMISTIC_WRITE) == null) {
                throw new IllegalStateException("the notice group row " + key.replace('\n', ' ') + " was not made");
            }
        }
    }
}
