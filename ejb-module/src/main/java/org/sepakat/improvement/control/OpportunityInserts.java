package org.sepakat.improvement.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.shared.persistence.BulkInsert;

/**
 * Writes opportunities a process raised as one JDBC batch in the caller's transaction (a review
 * run raises one per missed report), every column the {@link ImprovementOpportunity} mapping reads.
 */
public final class OpportunityInserts {

    private OpportunityInserts() {
    }

    /** The opportunities must have their ids and stamps already (see {@code AuditedEntity#storedAs}). */
    public static void insert(Connection connection, List<ImprovementOpportunity> opportunities) {
        try (BulkInsert insert = BulkInsert.into(connection, "imp_opportunity", List.of("id", "version",
                "created_at", "created_by", "changed_at", "changed_by", "opportunity_number", "title", "description",
                "source_kind", "source_reference", "source_record_type", "source_record_id", "owner_username", "due_on",
                "priority", "status", "customer_id", "process_raised"),
                Types.BIGINT, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BOOLEAN)) {
            for (ImprovementOpportunity o : opportunities) {
                ImprovementSource source = o.getSource();
                insert.row(o.getId(), o.getVersion(), o.getCreatedAt(), o.getCreatedBy(), o.getChangedAt(),
                        o.getChangedBy(), o.getNumber(), o.getTitle(), o.getDescription(), source.getKind(),
                        source.getReference(), source.getRecordType(), source.getRecordId(), o.getOwner(), o.getDueOn(),
                        o.getPriority(), o.getStatus(), o.getCustomerId(), o.isProcessRaised());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(opportunities.size() + " improvement opportunities could not be stored", e);
        }
    }
}
