package org.sepakat.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sepakat.notification.entity.NoticeGroup;

/** Inserts a group's row in a transaction of its own, so a lost race leaves the caller's transaction intact. */
@ApplicationScoped
public class NoticeGroupMaker {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void make(String key, Instant at) {
        if (em.find(NoticeGroup.class, key) == null) {
            em.persist(new NoticeGroup(key, at));
            em.flush();
        }
    }
}
