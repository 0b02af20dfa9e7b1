package org.sepakat.shared.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Blocks of ids from the generator every entity uses, for writers that store records in bulk.
 * Reserved in a transaction of their own, as EclipseLink reserves its own blocks, so a long run
 * never holds the generator's row locked against users saving at the same time; ids of a run
 * that rolls back are simply never used.
 */
@Stateless
@PermitAll
public class IdBlocks {

    @PersistenceContext
    EntityManager em;

    /** Reserves {@code count} consecutive ids; returns the first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(int count) {
        try {
            return BulkInsert.reserveIds(em.unwrap(Connection.class), count);
        } catch (SQLException e) {
            throw new IllegalStateException(count + " ids could not be reserved", e);
        }
    }
}
