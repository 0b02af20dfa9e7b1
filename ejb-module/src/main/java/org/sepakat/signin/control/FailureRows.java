package org.sepakat.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Map;
import org.sepakat.signin.entity.SignInFailures;
import org.sepakat.signin.entity.SubjectKey;

/**
 * Finds a subject's row locked for update, making it first when there is none. Two servers may
 * make the same row at once: the insert runs in a transaction of its own, and the loser of that
 * race simply uses the winner's row.
 */
@ApplicationScoped
public class FailureRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    RowMaker maker;

    public SignInFailures lockedOrMade(SubjectKey key) {
        SignInFailures row = em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        try {
            maker.make(key);
        } catch (PersistenceException | TransactionalException raced) {
            // made by another server between the find and the insert: it is there now
        }
        return em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    /** As stored now: another server may have counted a failure a moment ago. */
    public SignInFailures read(SubjectKey key) {
        return em.find(
                SignInFailures.class, key, Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
    }
}
