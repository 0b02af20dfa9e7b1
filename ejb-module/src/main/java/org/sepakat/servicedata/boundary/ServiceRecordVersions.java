package org.sepakat.servicedata.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sepakat.servicedata.entity.Delivery;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.KpiValueVersion;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageVersion;
import org.sepakat.servicedata.entity.ReceivedRecord;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.RecordScope;
import org.sepakat.servicedata.entity.RecordVersion;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketVersion;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.InChunks;

/**
 * The version history of the service records as evidence for a period report (X-1, SLM-6): since
 * when versions are kept, and which deliveries after a moment touched the records a report rests
 * on. Read by whoever may read the report; callers check that they may see it.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class ServiceRecordVersions {

    @PersistenceContext
    EntityManager em;

    /**
     * When versions began to be kept (changelog 015): before it a record kept only its last state, so
     * data as it stood earlier cannot be recovered.
     */
    public Instant keptSince() {
        Object started = em.createNativeQuery("SELECT started_at FROM sd_version_start WHERE id = 1")
                .getResultStream()
                .findFirst()
                .orElse(null);
        return Optional.ofNullable((Timestamp) started)
                .map(Timestamp::toInstant)
                .orElse(Instant.EPOCH);
    }

    /** The versions received after {@code after} of records that were, in any version, within {@code scope}; oldest first. */
    public List<Delivery> receivedAfter(Instant after, RecordScope scope) {
        List<Delivery> found = new ArrayList<>();
        if (!scope.serviceIds().isEmpty()) {
            found.addAll(deliveries(
                    RecordKind.TICKETS,
                    Ticket.class,
                    em.createNamedQuery(TicketVersion.RECEIVED_AFTER, TicketVersion.class)
                            .setParameter("after", after)
                            .setParameter("customerId", scope.customerId())
                            .setParameter("serviceIds", scope.serviceIds())
                            .setParameter("from", scope.from())
                            .setParameter("until", scope.until())
                            .getResultList()));
            found.addAll(deliveries(
                    RecordKind.OUTAGES,
                    Outage.class,
                    em.createNamedQuery(OutageVersion.RECEIVED_AFTER, OutageVersion.class)
                            .setParameter("after", after)
                            .setParameter("serviceIds", scope.serviceIds())
                            .setParameter("from", scope.from())
                            .setParameter("until", scope.until())
                            .getResultList()));
        }
        found.addAll(deliveries(
                RecordKind.KPI_VALUES,
                KpiValue.class,
                em.createNamedQuery(KpiValueVersion.RECEIVED_AFTER, KpiValueVersion.class)
                        .setParameter("after", after)
                        .setParameter("agreementId", scope.agreementId())
                        .setParameter("firstPeriod", scope.firstPeriod())
                        .setParameter("afterLastPeriod", scope.afterLastPeriod())
                        .getResultList()));
        found.sort(Comparator.comparing(Delivery::receivedAt));
        return found;
    }

    private <V extends RecordVersion> List<Delivery> deliveries(
            RecordKind kind, Class<? extends ReceivedRecord> type, List<V> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                versions.stream().map(RecordVersion::getRecordId).distinct().toList();
        Map<Long, String> externalIds = InChunks.query(
                        ids,
                        chunk -> em.createQuery(
                                        "SELECT r FROM " + type.getSimpleName() + " r WHERE r.id IN :ids",
                                        ReceivedRecord.class)
                                .setParameter("ids", chunk)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(ReceivedRecord::getId, ReceivedRecord::getExternalId));
        return versions.stream()
                .map(v -> new Delivery(
                        kind,
                        externalIds.get(v.getRecordId()),
                        v.getNumber(),
                        v.getReceivedBy(),
                        v.getReceivedAt(),
                        v.getChannel(),
                        v.getChanged()))
                .toList();
    }
}
