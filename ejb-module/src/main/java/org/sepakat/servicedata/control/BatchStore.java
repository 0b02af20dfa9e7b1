package org.sepakat.servicedata.control;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.sepakat.servicedata.entity.KpiFacts;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.Received;
import org.sepakat.servicedata.entity.ReceivedRecord;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketFacts;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.entity.Period;

/**
 * Stores a checked delivery: a record whose external id is known is updated, any other is
 * created. Existing records are found with one query per chunk of ids, not one per row.
 */
@ApplicationScoped
public class BatchStore {

    @PersistenceContext
    EntityManager em;

    /** Who delivered it and when, stamped on every record it touches. */
    public record Stamp(String user, Instant at) {
    }

    public List<Received<Ticket>> tickets(List<Row<TicketFacts>> rows, Stamp stamp) {
        Map<String, Ticket> known = existing(rows, Ticket.FIND_BY_EXTERNAL_IDS, Ticket.class);
        List<Received<Ticket>> result = new ArrayList<>();
        for (Row<TicketFacts> row : rows) {
            Ticket ticket = known.get(row.externalId());
            boolean created = ticket == null;
            if (created) {
                ticket = new Ticket(row.externalId());
            }
            ticket.record(row.facts(), stamp.at());
            result.add(keep(ticket, created, stamp));
        }
        return result;
    }

    public List<Received<Outage>> outages(List<Row<OutageFacts>> rows, Stamp stamp) {
        Map<String, Outage> known = existing(rows, Outage.FIND_BY_EXTERNAL_IDS, Outage.class);
        List<Received<Outage>> result = new ArrayList<>();
        for (Row<OutageFacts> row : rows) {
            Outage outage = known.get(row.externalId());
            boolean created = outage == null;
            if (created) {
                outage = new Outage(row.externalId());
            }
            outage.record(row.facts());
            result.add(keep(outage, created, stamp));
        }
        return result;
    }

    /**
     * A KPI value is the one of its SLA, measure and period: delivering that again updates it,
     * whatever external id comes with it; else the external id finds a value to move.
     */
    public List<Received<KpiValue>> kpiValues(List<Row<KpiFacts>> rows, Stamp stamp) {
        Map<String, KpiValue> byExternalId = existing(rows.stream().filter(r -> r.externalId() != null).toList(),
                KpiValue.FIND_BY_EXTERNAL_IDS, KpiValue.class);
        List<Long> agreements = rows.stream().map(r -> r.facts().agreementId()).distinct().toList();
        List<Period> periods = rows.stream().map(r -> r.facts().period()).distinct().toList();
        Map<String, KpiValue> byMeasure = InChunks.query(agreements, chunk -> em
                        .createNamedQuery(KpiValue.FIND_BY_AGREEMENTS, KpiValue.class)
                        .setParameter("agreementIds", chunk)
                        .setParameter("periods", periods)
                        .getResultList())
                .stream().collect(Collectors.toMap(BatchStore::key, Function.identity()));
        List<Received<KpiValue>> result = new ArrayList<>();
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
            value.record(facts);
            result.add(keep(value, created, stamp));
        }
        return result;
    }

    private <T extends ReceivedRecord> Received<T> keep(T record, boolean created, Stamp stamp) {
        record.received(stamp.user(), stamp.at());
        if (created) {
            em.persist(record);
        }
        return new Received<>(record, created);
    }

    private <T extends ReceivedRecord> Map<String, T> existing(List<? extends Row<?>> rows, String query, Class<T> type) {
        return InChunks.query(rows.stream().map(Row::externalId).toList(), chunk -> em.createNamedQuery(query, type)
                        .setParameter("externalIds", chunk)
                        .getResultList())
                .stream().collect(Collectors.toMap(ReceivedRecord::getExternalId, Function.identity()));
    }

    private static String key(KpiValue value) {
        return key(value.getAgreementId(), value.getMeasureName(), value.getPeriod());
    }

    private static String key(Long agreementId, String measure, Period period) {
        return agreementId + "/" + measure + "/" + period;
    }
}
