package org.sepakat.servicedata.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.sepakat.servicedata.entity.Interval;
import org.sepakat.servicedata.entity.KpiFacts;
import org.sepakat.servicedata.entity.KpiValueVersion;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.OutageVersion;
import org.sepakat.servicedata.entity.RecordVersion;
import org.sepakat.servicedata.entity.TicketFacts;
import org.sepakat.servicedata.entity.TicketVersion;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;

/**
 * Writes the versions a delivery made as JDBC batches in the delivery's transaction, after the
 * records themselves are flushed (a version carries the record's id and its {@code @Version}), with
 * the ids the delivery reserved beforehand ({@link VersionIds}).
 */
@Dependent
public class VersionInserts {

    private static final BulkTable TICKETS = stamped(BulkTable.of(TicketVersion.class, "sd_ticket_version")
            .column("ticket_id", Types.BIGINT)
            .column("service_id", Types.BIGINT)
            .column("customer_id", Types.BIGINT)
            .column("kind", Types.VARCHAR)
            .column("priority", Types.VARCHAR)
            .column("category", Types.VARCHAR)
            .column("opened_s", Types.BIGINT)
            .column("first_response_s", Types.BIGINT)
            .column("resolved_s", Types.BIGINT));
    private static final BulkTable PAUSES = BulkTable.of(TicketVersion.class, "sd_ticket_pause_version")
            .column("version_id", Types.BIGINT)
            .column("starts_s", Types.BIGINT)
            .column("ends_s", Types.BIGINT);
    private static final BulkTable OUTAGES = stamped(BulkTable.of(OutageVersion.class, "sd_outage_version")
            .column("outage_id", Types.BIGINT)
            .column("service_id", Types.BIGINT)
            .column("starts_s", Types.BIGINT)
            .column("ends_s", Types.BIGINT)
            .column("planned", Types.BOOLEAN)
            .column("description", Types.VARCHAR));
    private static final BulkTable KPI_VALUES = stamped(BulkTable.of(KpiValueVersion.class, "sd_kpi_value_version")
            .column("kpi_value_id", Types.BIGINT)
            .column("agreement_id", Types.BIGINT)
            .column("measure_name", Types.VARCHAR)
            .column("period_start", Types.DATE)
            .column("measured_value", Types.NUMERIC)
            .column("note", Types.VARCHAR));

    @PersistenceContext
    EntityManager em;

    /** One version to write: the record's id and version after the delivery, its facts and what changed. */
    public record Version<F>(Long recordId, long number, F facts, List<String> changed) {}

    /** The columns every version ends with, after its kind's own. */
    private static BulkTable stamped(BulkTable kind) {
        return kind.column("id", Types.BIGINT)
                .column("version_no", Types.BIGINT)
                .column("received_at", Types.TIMESTAMP)
                .column("received_by", Types.VARCHAR)
                .column("channel", Types.VARCHAR)
                .column("changed_fields", Types.VARCHAR);
    }

    public void tickets(List<Version<TicketFacts>> versions, BatchStore.Stamp stamp) {
        write(
                versions,
                stamp,
                TICKETS,
                (insert, v, id) -> {
                    TicketFacts t = v.facts();
                    insert.row(
                            v.recordId(),
                            t.serviceId(),
                            t.customerId(),
                            t.kind(),
                            t.priority(),
                            t.category(),
                            seconds(t.opened()),
                            seconds(t.firstResponse()),
                            seconds(t.resolved()),
                            id,
                            v.number(),
                            stamp.at(),
                            stamp.user(),
                            stamp.channel(),
                            RecordVersion.fields(v.changed()));
                },
                (connection, first) -> {
                    try (BulkInsert pauses = BulkInsert.into(connection, PAUSES)) {
                        long id = first;
                        for (Version<TicketFacts> v : versions) {
                            for (Interval pause : v.facts().pauses()) {
                                pauses.row(id, seconds(pause.getStarts()), seconds(pause.getEnds()));
                            }
                            id++;
                        }
                    }
                });
    }

    public void outages(List<Version<OutageFacts>> versions, BatchStore.Stamp stamp) {
        write(
                versions,
                stamp,
                OUTAGES,
                (insert, v, id) -> {
                    OutageFacts o = v.facts();
                    insert.row(
                            v.recordId(),
                            o.serviceId(),
                            seconds(o.starts()),
                            seconds(o.ends()),
                            o.planned(),
                            o.description(),
                            id,
                            v.number(),
                            stamp.at(),
                            stamp.user(),
                            stamp.channel(),
                            RecordVersion.fields(v.changed()));
                },
                null);
    }

    public void kpiValues(List<Version<KpiFacts>> versions, BatchStore.Stamp stamp) {
        write(
                versions,
                stamp,
                KPI_VALUES,
                (insert, v, id) -> {
                    KpiFacts k = v.facts();
                    insert.row(
                            v.recordId(),
                            k.agreementId(),
                            k.measureName(),
                            k.period().firstDay(),
                            k.value(),
                            k.note(),
                            id,
                            v.number(),
                            stamp.at(),
                            stamp.user(),
                            stamp.channel(),
                            RecordVersion.fields(v.changed()));
                },
                null);
    }

    @FunctionalInterface
    private interface Row<F> {
        void write(BulkInsert insert, Version<F> version, long id) throws SQLException;
    }

    @FunctionalInterface
    private interface Then {
        void write(Connection connection, long firstId) throws SQLException;
    }

    private <F> void write(List<Version<F>> versions, BatchStore.Stamp stamp, BulkTable table, Row<F> row, Then then) {
        if (versions.isEmpty()) {
            return;
        }
        long first = stamp.ids().take(versions.size());
        Connection connection = em.unwrap(Connection.class);
        try {
            try (BulkInsert insert = BulkInsert.into(connection, table)) {
                long id = first;
                for (Version<F> version : versions) {
                    row.write(insert, version, id++);
                }
            }
            if (then != null) {
                then.write(connection, first);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    versions.size() + " versions of " + table.table() + " could not be stored by " + stamp.user(), e);
        }
    }

    private static Long seconds(java.time.Instant moment) {
        return moment == null ? null : moment.getEpochSecond();
    }
}
