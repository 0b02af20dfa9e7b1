package org.sepakat.servicedata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sepakat.servicedata.control.CheckedBatch.Row;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.KpiFacts;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.Received;
import org.sepakat.servicedata.entity.ReceivedRecord;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketFacts;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.persistence.InChunks;

/**
 * Stores a checked delivery: a record whose external id is known is updated, any other is
 * created. Existing records are found with one query per chunk of ids, not one per row.
 */
@ApplicationScoped
public class BatchStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    VersionInserts versions;

    /**
     * Who delivered it, when and how, stamped on every record it touches and on every version it
     * makes, and the ids reserved for those versions.
     */
    public record Stamp(String user, Instant at, Channel channel, VersionIds ids) {}

    public List<Received<Ticket>> tickets(List<Row<TicketFacts>> rows, Stamp stamp) {
        Map<String, Ticket> known = existing(rows, Ticket.FIND_BY_EXTERNAL_IDS, Ticket.class);
        List<Received<Ticket>> result = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        for (Row<TicketFacts> row : rows) {
            Ticket ticket = known.get(row.externalId());
            boolean created = ticket == null;
            if (created) {
                ticket = new Ticket(row.externalId());
            }
            TicketFacts before = created ? null : ticket.facts();
            ticket.record(row.facts(), stamp.at());
            changes.add(created ? List.of() : ticket.facts().changedFrom(before));
            result.add(keep(ticket, created, stamp));
        }
        if (!result.isEmpty()) {
            em.flush();
            versions.tickets(versions(result, changes, Ticket::facts), stamp);
        }
        return result;
    }

    public List<Received<Outage>> outages(List<Row<OutageFacts>> rows, Stamp stamp) {
        Map<String, Outage> known = existing(rows, Outage.FIND_BY_EXTERNAL_IDS, Outage.class);
        List<Received<Outage>> result = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        for (Row<OutageFacts> row : rows) {
            Outage outage = known.get(row.externalId());
            boolean created = outage == null;
            if (created) {
                outage = new Outage(row.externalId());
            }
            OutageFacts before = created ? null : outage.facts();
            outage.record(row.facts());
            changes.add(created ? List.of() : outage.facts().changedFrom(before));
            result.add(keep(outage, created, stamp));
        }
        if (!result.isEmpty()) {
            em.flush();
            versions.outages(versions(result, changes, Outage::facts), stamp);
        }
        return result;
    }

    /**
     * A KPI value is the one of its SLA, measure and period: delivering that again updates it,
     * whatever external id comes with it; else the external id finds a value to move.
     */
    public List<Received<KpiValue>> kpiValues(List<Row<KpiFacts>> rows, Stamp stamp) {
        Map<String, KpiValue> byExternalId = existing(
                rows.stream().filter(r -> r.externalId() != null).toList(),
                KpiValue.FIND_BY_EXTERNAL_IDS,
                KpiValue.class);
        List<Long> agreements =
                rows.stream().map(r -> r.facts().agreementId()).distinct().toList();
        List<Period> periods =
                rows.stream().map(r -> r.facts().period()).distinct().toList();
        Map<String, KpiValue> byMeasure = InChunks.query(
                        agreements,
                        chunk -> em.createNamedQuery(KpiValue.FIND_BY_AGREEMENTS, KpiValue.class)
                                .setParameter("agreementIds", chunk)
                                .setParameter("periods", periods)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(BatchStore::key, Function.identity()));
        List<Received<KpiValue>> result = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        for (Row<KpiFacts> row : rows) {
            KpiFacts facts = row.facts();
            KpiValue value = byMeasure.get(key(facts.agreementId(), facts.measureName(), facts.period()));
            if (value == null && row.externalId() != null) {
                value = byExternalId.get(row.externalId());
            }
            boolean created = value == null;
            if (created) {
                value = new KpiValue(Objects.requireNonNullElseGet(row.externalId(), () -> "kpi-" + UUID.randomUUID()));
            }
            KpiFacts before = created ? null : value.facts();
            value.record(facts);
            changes.add(created ? List.of() : value.facts().changedFrom(before));
            result.add(keep(value, created, stamp));
        }
        if (!result.isEmpty()) {
            em.flush();
            versions.kpiValues(versions(result, changes, KpiValue::facts), stamp);
        }
        return result;
    }

    /**
     * The versions the delivery made, once the records are flushed: each carries its record's id and
     * {@code @Version}, the record's facts as stored and the fields changed.
     */
    private static <T extends ReceivedRecord, F> List<VersionInserts.Version<F>> versions(
            List<Received<T>> received, List<List<String>> changes, Function<T, F> facts) {
        List<VersionInserts.Version<F>> versions = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            T record = received.get(i).record();
            versions.add(new VersionInserts.Version<>(
                    record.getId(), record.getVersion(), facts.apply(record), changes.get(i)));
        }
        return versions;
    }

    private <T extends ReceivedRecord> Received<T> keep(T record, boolean created, Stamp stamp) {
        record.received(stamp.user(), stamp.at());
        if (created) {
            em.persist(record);
        }
        return new Received<>(record, created);
    }

    private <T extends ReceivedRecord> Map<String, T> existing(
            List<? extends Row<?>> rows, String query, Class<T> type) {
        return InChunks.query(
                        rows.stream().map(Row::externalId).toList(),
                        chunk -> em.createNamedQuery(query, type)
                                .setParameter("externalIds", chunk)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(ReceivedRecord::getExternalId, Function.identity()));
    }

    private static String key(KpiValue value) {
        return key(value.getAgreementId(), value.getMeasureName(), value.getPeriod());
    }

    private static String key(Long agreementId, String measure, Period period) {
        return agreementId + "/" + measure + "/" + period;
    }
}
