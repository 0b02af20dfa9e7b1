package org.sepakat.shared.persistence;

import jakarta.persistence.EntityManager;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RecordNotFound;

/** Loads a record by id or refuses with "not found"; for writes, also checks the version the user read. */
public final class Records {

    private Records() {}

    public static <T> T require(EntityManager em, Class<T> type, Long id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new RecordNotFound(type.getSimpleName(), id);
        }
        return found;
    }

    /** The record as the user last read it, or a refusal if it changed since (or no version was given). */
    public static <T extends AuditedEntity> T asRead(EntityManager em, Class<T> type, Long id, Long versionRead) {
        if (versionRead == null) {
            throw InvalidInput.of("version", "error.version.required");
        }
        T found = require(em, type, id);
        found.checkVersion(versionRead);
        return found;
    }
}
