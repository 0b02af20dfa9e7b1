package org.sepakat.improvement.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;

/**
 * Writes opportunities a process raised as one JDBC batch in the caller's transaction (a review
 * run raises one per missed report), every column the {@link ImprovementOpportunity} mapping reads.
 */
public final class OpportunityInserts {

    /** A new opportunity has no outcome and no rejection yet. */
    private static final BulkTable OPPORTUNITIES = BulkTable.of(ImprovementOpportunity.class, "imp_opportunity")
            .column("id", Types.BIGINT)
            .column("version", Types.BIGINT)
            .column("created_at", Types.TIMESTAMP)
            .column("created_by", Types.VARCHAR)
            .column("changed_at", Types.TIMESTAMP)
            .column("changed_by", Types.VARCHAR)
            .column("opportunity_number", Types.VARCHAR)
            .column("title", Types.VARCHAR)
            .column("description", Types.VARCHAR)
            .column("source_kind", Types.VARCHAR)
            .column("source_reference", Types.VARCHAR)
            .column("source_record_type", Types.VARCHAR)
            .column("source_record_id", Types.BIGINT)
            .column("source_line", Types.VARCHAR)
            .column("owner_username", Types.VARCHAR)
            .column("due_on", Types.DATE)
            .column("priority", Types.VARCHAR)
            .column("status", Types.VARCHAR)
            .column("customer_id", Types.BIGINT)
            .column("process_raised", Types.BOOLEAN)
            .notWritten("outcome", "rejection_reason");

    private OpportunityInserts() {}

    /** The opportunities must have their ids and stamps already (see {@code AuditedEntity#storedAs}). */
    public static void insert(Connection connection, List<ImprovementOpportunity> opportunities) {
        try (BulkInsert insert = BulkInsert.into(connection, OPPORTUNITIES)) {
            for (ImprovementOpportunity o : opportunities) {
                ImprovementSource source = o.getSource();
                insert.row(
                        o.getId(),
                        o.getVersion(),
                        o.getCreatedAt(),
                        o.getCreatedBy(),
                        o.getChangedAt(),
                        o.getChangedBy(),
                        o.getNumber(),
                        o.getTitle(),
                        o.getDescription(),
                        source.getKind(),
                        source.getReference(),
                        source.getRecordType(),
                        source.getRecordId(),
                        source.getLine(),
                        o.getOwner(),
                        o.getDueOn(),
                        o.getPriority(),
                        o.getStatus(),
                        o.getCustomerId(),
                        o.isProcessRaised());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(opportunities.size() + " improvement opportunities could not be stored", e);
        }
    }
}
