package org.sepakat.shared.boundary;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.sepakat.shared.entity.ConcurrentEdit;

/**
 * Flushes at the end of a boundary call so a lost race on {@code @Version} surfaces here, as a
 * {@link ConcurrentEdit} the user is told about, rather than as a failed commit.
 */
public class ConcurrencyGuard {

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    public Object flushInside(InvocationContext call) throws Exception {
        Object result = call.proceed();
        try {
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
        } catch (OptimisticLockException e) {
            Object entity = e.getEntity();
            throw new ConcurrentEdit(
                    entity == null ? "record" : entity.getClass().getSimpleName(), "");
        }
        return result;
    }
}
