package org.sepakat.party.boundary;

import jakarta.persistence.EntityManager;
import org.sepakat.shared.entity.RecordNotFound;

/** Loads a record by id or refuses with "not found". */
final class Lookup {

    private Lookup() {
    }

    static <T> T require(EntityManager em, Class<T> type, Long id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new RecordNotFound(type.getSimpleName(), id);
        }
        return found;
    }
}
