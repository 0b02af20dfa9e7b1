package org.sepakat.servicedata.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.servicedata.control.BatchCheck;
import org.sepakat.servicedata.control.BatchStore;
import org.sepakat.servicedata.control.CheckedBatch;
import org.sepakat.servicedata.control.CsvReader;
import org.sepakat.servicedata.control.Previews;
import org.sepakat.servicedata.control.References;
import org.sepakat.servicedata.control.VersionIds;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.CsvPreview;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.KpiValueData;
import org.sepakat.servicedata.entity.KpiValueVersion;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageData;
import org.sepakat.servicedata.entity.OutageVersion;
import org.sepakat.servicedata.entity.Received;
import org.sepakat.servicedata.entity.ReceivedCounts;
import org.sepakat.servicedata.entity.ReceivedRecord;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.RecordVersion;
import org.sepakat.servicedata.entity.ServiceDataBatch;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketData;
import org.sepakat.servicedata.entity.TicketVersion;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.IdBlocks;
import org.sepakat.shared.terms.MeasurableAgreement;

/**
 * Service data in (SLM-5..7): tickets, outages and KPI values delivered by other systems, by CSV
 * or by hand. A delivery is checked whole and stored whole or not at all; each record is
 * idempotent on its external id. Administrators and service level managers deliver; auditors
 * and relationship managers also read.
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR, Roles.RELATIONSHIP_MANAGER})
public class ServiceRecords {

    private static final Logger LOG = Logger.getLogger(ServiceRecords.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BatchCheck checks;

    @Inject
    BatchStore store;

    @Inject
    ServiceDataLists lists;

    @Inject
    ServiceCatalogue services;

    @Inject
    Customers customers;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    History history;

    @Inject
    Clock clock;

    @Inject
    IdBlocks ids;

    /** Stores the whole delivery, or refuses it naming every bad row and field and stores nothing. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ReceivedCounts receive(ServiceDataBatch batch) {
        return receive(batch, Channel.REST);
    }

    /** {@link #receive(ServiceDataBatch)} through another channel (a CSV upload), which its versions name. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ReceivedCounts receive(ServiceDataBatch batch, Channel channel) {
        CheckedBatch checked = checked(batch);
        if (!checked.valid()) {
            throw new InvalidInput(checked.problems());
        }
        BatchStore.Stamp stamp = stamp(channel, batch.size());
        ReceivedCounts counts = new ReceivedCounts(
                count(store.tickets(checked.tickets(), stamp)),
                count(store.outages(checked.outages(), stamp)),
                count(store.kpiValues(checked.kpiValues(), stamp)));
        LOG.info(() -> "Service data received from " + stamp.user() + ": " + counts.created() + " created, "
                + counts.updated() + " updated");
        return counts;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Received<Ticket> receive(TicketData ticket) {
        CheckedBatch checked = single(ServiceDataBatch.ofTickets(nonNull(ticket)), RecordKind.TICKETS);
        return store.tickets(checked.tickets(), stamp(Channel.REST, 1)).get(0);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Received<Outage> receive(OutageData outage) {
        CheckedBatch checked = single(ServiceDataBatch.ofOutages(nonNull(outage)), RecordKind.OUTAGES);
        return store.outages(checked.outages(), stamp(Channel.REST, 1)).get(0);
    }

    /** A KPI value; delivering one for the same SLA, measure and period again updates it. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Received<KpiValue> receive(KpiValueData value) {
        return receive(value, Channel.REST);
    }

    /** {@link #receive(KpiValueData)} through another channel (entered by hand), which its version names. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Received<KpiValue> receive(KpiValueData value, Channel channel) {
        CheckedBatch checked = single(ServiceDataBatch.ofKpiValues(nonNull(value)), RecordKind.KPI_VALUES);
        return store.kpiValues(checked.kpiValues(), stamp(channel, 1)).get(0);
    }

    /** Reads a CSV file and checks every row as {@link #receive(ServiceDataBatch)} would, storing nothing. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public CsvPreview preview(RecordKind kind, byte[] csv) {
        CsvReader.Parsed parsed = CsvReader.read(kind, csv);
        List<FieldProblem> problems = Stream.concat(
                        parsed.problems().stream(), checked(parsed.batch()).problems().stream())
                .toList();
        return Previews.of(kind, parsed, problems);
    }

    /** The columns of a CSV file of this kind, in the order the preview shows them. */
    public List<String> columns(RecordKind kind) {
        return CsvReader.columnsOf(kind);
    }

    public Page<Ticket> tickets(PageRequest request) {
        return lists.tickets(request);
    }

    public Page<Outage> outages(PageRequest request) {
        return lists.outages(request);
    }

    public Page<KpiValue> kpiValues(PageRequest request) {
        return lists.kpiValues(request);
    }

    /** One record; one that concerns no customer the caller may see is "not found", like an unknown id. */
    public Ticket ticket(String externalId) {
        return one(Ticket.FIND_BY_EXTERNAL_ID, Ticket.class, externalId, lists::isVisible);
    }

    public Outage outage(String externalId) {
        return one(Outage.FIND_BY_EXTERNAL_ID, Outage.class, externalId, lists::isVisible);
    }

    public KpiValue kpiValue(String externalId) {
        return one(KpiValue.FIND_BY_EXTERNAL_ID, KpiValue.class, externalId, lists::isVisible);
    }

    /** every received version of a ticket, newest first; "not found" like the ticket itself. */
    public List<TicketVersion> ticketVersions(String externalId) {
        return versions(
                TicketVersion.OF_TICKET, TicketVersion.class, ticket(externalId).getId());
    }

    public List<OutageVersion> outageVersions(String externalId) {
        return versions(
                OutageVersion.OF_OUTAGE, OutageVersion.class, outage(externalId).getId());
    }

    public List<KpiValueVersion> kpiValueVersions(String externalId) {
        return versions(
                KpiValueVersion.OF_VALUE,
                KpiValueVersion.class,
                kpiValue(externalId).getId());
    }

    private <T extends RecordVersion> List<T> versions(String query, Class<T> type, Long recordId) {
        return em.createNamedQuery(query, type)
                .setParameter("recordId", recordId)
                .getResultList();
    }

    /** The names the records refer to by id, to show them: services, customers, SLAs. */
    public Map<Long, String> serviceCodes(Collection<Long> ids) {
        return services.codesById(ids);
    }

    public Map<Long, String> customerCodes(Collection<Long> ids) {
        return customers.codesById(ids);
    }

    public Map<Long, String> slaReferences(Collection<Long> ids) {
        return agreements.referencesById(ids);
    }

    /** What a KPI value of this SLA can be given for: its custom KPI targets and counted workload limits. */
    public List<String> measures(Long agreementId) {
        return References.measures(agreements.current(agreementId));
    }

    private CheckedBatch checked(ServiceDataBatch batch) {
        if (batch == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        return checks.check(batch, references(batch), clock.instant());
    }

    /** A single record is refused with its own field names ("opened", not "tickets[0].opened"). */
    private CheckedBatch single(ServiceDataBatch batch, RecordKind kind) {
        CheckedBatch checked = checked(batch);
        if (!checked.valid()) {
            String prefix = kind.row(0) + ".";
            throw new InvalidInput(checked.problems().stream()
                    .map(p -> p.field().startsWith(prefix)
                            ? new FieldProblem(
                                    p.field().substring(prefix.length()), p.messageKey(), p.arguments(), p.violation())
                            : p)
                    .toList());
        }
        return checked;
    }

    /** Each code of the delivery looked up once, in bulk. */
    private References references(ServiceDataBatch batch) {
        List<String> serviceCodes = Stream.concat(
                        batch.tickets().stream().map(TicketData::service),
                        batch.outages().stream().map(OutageData::service))
                .filter(c -> c != null)
                .map(String::trim)
                .toList();
        List<String> customerCodes = batch.tickets().stream()
                .map(TicketData::customer)
                .filter(c -> c != null)
                .map(String::trim)
                .toList();
        List<String> references = batch.kpiValues().stream()
                .map(KpiValueData::sla)
                .filter(c -> c != null)
                .map(String::trim)
                .toList();
        List<MeasurableAgreement> slas = references.isEmpty() ? List.of() : agreements.byReferences(references);
        return new References(
                serviceCodes.isEmpty() ? Map.of() : services.idsByCode(serviceCodes),
                customerCodes.isEmpty() ? Map.of() : customers.idsByCode(customerCodes),
                slas);
    }

    /** The delivery's stamp, with ids for the versions of its {@code records} reserved before anything is stored. */
    private BatchStore.Stamp stamp(Channel channel, int records) {
        return new BatchStore.Stamp(
                history.currentUser(), clock.instant(), channel, new VersionIds(ids.reserve(records), records));
    }

    private <T extends ReceivedRecord> T one(String query, Class<T> type, String externalId, Predicate<T> visible) {
        return em.createNamedQuery(query, type)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst()
                .filter(visible)
                .orElseThrow(() -> new RecordNotFound(type.getSimpleName(), externalId));
    }

    private static <T> List<T> nonNull(T record) {
        if (record == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        return List.of(record);
    }

    private static ReceivedCounts.Count count(List<? extends Received<?>> received) {
        int created = (int) received.stream().filter(Received::created).count();
        return new ReceivedCounts.Count(created, received.size() - created);
    }
}
