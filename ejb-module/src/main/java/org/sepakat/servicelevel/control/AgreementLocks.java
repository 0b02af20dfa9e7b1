package org.sepakat.servicelevel.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sepakat.shared.persistence.InChunks;

/**
 * Row locks on SLAs for other components' work on them (a review run), taken here because only
 * servicelevel writes its own rows. Held to the end of the transaction they are taken in.
 */
@Dependent
public class AgreementLocks {

    @PersistenceContext
    EntityManager em;

    /**
     * Locks the rows in id order, whatever order they come in: two runs over overlapping SLAs then
     * wait for each other instead of deadlocking.
     */
    public void lock(List<Long> ids) {
        List<Long> ordered = ids.stream().filter(Objects::nonNull).sorted().toList();
        InChunks.each(ordered, part -> {
            // through JDBC: a native update through JPA would make EclipseLink drop its cached SLAs
            try (PreparedStatement update = em.unwrap(Connection.class)
                    .prepareStatement("UPDATE sl_agreement SET version = version WHERE id IN ("
                            + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    update.setLong(i + 1, part.get(i));
                }
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("the SLAs to review could not be locked", e);
            }
        });
    }
}
