package org.sepakat.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.sepakat.signin.entity.SignInFailures;
import org.sepakat.signin.entity.SubjectKey;

/** Inserts a subject's first row in a transaction of its own, so a lost race leaves the caller's intact. */
@ApplicationScoped
public class RowMaker {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void make(SubjectKey key) {
        if (em.find(SignInFailures.class, key) == null) {
            em.persist(new SignInFailures(key));
            em.flush();
        }
    }
}
