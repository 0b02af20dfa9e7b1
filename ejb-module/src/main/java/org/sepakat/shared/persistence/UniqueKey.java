package org.sepakat.shared.persistence;

import jakarta.persistence.EntityManager;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;

/** Refuses a business key (code, reference) that another record already has. */
public final class UniqueKey {

    private UniqueKey() {}

    public static void require(
            EntityManager em,
            Class<? extends AuditedEntity> type,
            String namedQuery,
            String field,
            String key,
            Long ownId) {
        em.createNamedQuery(namedQuery, type)
                .setParameter(field, key)
                .getResultStream()
                .filter(other -> !other.getId().equals(ownId))
                .findAny()
                .ifPresent(other -> {
                    throw InvalidInput.of(field, "error.code.taken", key);
                });
    }
}
