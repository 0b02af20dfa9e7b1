package org.sepakat.servicedata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.persistence.PagedQuery;

/**
 * The lists of received service data, paged by the database. Filters name records by their
 * business keys (service and customer codes, SLA reference) and a period as a month "2026-10"
 * (UTC): tickets opened, outages starting, KPI values measured in it. Each list holds only what
 * concerns the customers the caller may see: their tickets, the outages of services they
 * take and the KPI values of their SLAs.
 */
@ApplicationScoped
public class ServiceDataLists {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceCatalogue services;

    @Inject
    Customers customers;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    CustomerScope scope;

    public Page<Ticket> tickets(PageRequest request) {
        VisibleCustomers visible = scope.ofCaller();
        return PagedQuery.of(em, Ticket.class)
                .sortable(
                        "externalId",
                        "kind",
                        "priority",
                        "category",
                        "opened",
                        "firstResponse",
                        "resolved",
                        "receivedAt")
                .defaultSort("opened", false)
                .textFilter("externalId", "externalId")
                .equalsFilter("kind", "kind")
                .equalsFilter("priority", "priority")
                .filter(
                        "service",
                        (cb, root, code) -> idIs(cb, root, "serviceId", services.idsByCode(List.of(code)), code))
                .filter(
                        "customer",
                        (cb, root, code) -> idIs(cb, root, "customerId", customers.idsByCode(List.of(code)), code))
                .filter("period", (cb, root, month) -> within(cb, root, "opened", month))
                .where((cb, root) -> visible.admits(cb, root.get("customerId")))
                .fetch(request);
    }

    public Page<Outage> outages(PageRequest request) {
        Optional<Set<Long>> serviceIds = visibleServices();
        return PagedQuery.of(em, Outage.class)
                .sortable("externalId", "starts", "ends", "planned", "receivedAt")
                .defaultSort("starts", false)
                .textFilter("externalId", "externalId")
                .filter(
                        "service",
                        (cb, root, code) -> idIs(cb, root, "serviceId", services.idsByCode(List.of(code)), code))
                .filter("period", (cb, root, month) -> within(cb, root, "starts", month))
                .where((cb, root) -> oneOf(cb, root.get("serviceId"), serviceIds))
                .fetch(request);
    }

    public Page<KpiValue> kpiValues(PageRequest request) {
        Optional<Set<Long>> agreementIds = visibleAgreements();
        return PagedQuery.of(em, KpiValue.class)
                .sortable("externalId", "measureName", "value", "receivedAt")
                .sortableAs("periodStart", "period")
                .defaultSort("periodStart", false)
                .textFilter("externalId", "externalId")
                .textFilter("measure", "measureName")
                .filter("sla", (cb, root, reference) -> {
                    Long id = agreements.idOf(reference).orElse(null);
                    return id == null ? cb.disjunction() : cb.equal(root.get("agreementId"), id);
                })
                .filter("period", (cb, root, month) -> cb.equal(root.get("period"), month(month)))
                .where((cb, root) -> oneOf(cb, root.get("agreementId"), agreementIds))
                .fetch(request);
    }

    public boolean isVisible(Ticket ticket) {
        return scope.ofCaller().includes(ticket.getCustomerId());
    }

    public boolean isVisible(Outage outage) {
        return visibleServices().map(ids -> ids.contains(outage.getServiceId())).orElse(true);
    }

    public boolean isVisible(KpiValue value) {
        return visibleAgreements()
                .map(ids -> ids.contains(value.getAgreementId()))
                .orElse(true);
    }

    /** The services the visible customers take; empty when the caller sees every customer. */
    private Optional<Set<Long>> visibleServices() {
        VisibleCustomers visible = scope.ofCaller();
        return visible.all() ? Optional.empty() : Optional.of(scope.servicesTakenBy(visible));
    }

    /** The SLAs of the visible customers; empty when the caller sees every customer. */
    private Optional<Set<Long>> visibleAgreements() {
        VisibleCustomers visible = scope.ofCaller();
        return visible.all() ? Optional.empty() : Optional.of(Set.copyOf(agreements.idsOf(visible)));
    }

    private static Predicate oneOf(CriteriaBuilder cb, Expression<Long> id, Optional<Set<Long>> ids) {
        return ids.map(set -> set.isEmpty() ? cb.disjunction() : id.in(set)).orElseGet(cb::conjunction);
    }

    private static Predicate idIs(
            CriteriaBuilder cb, Root<?> root, String attribute, Map<String, Long> ids, String code) {
        Long id = ids.get(code);
        return id == null ? cb.disjunction() : cb.equal(root.get(attribute), id);
    }

    private static Predicate within(CriteriaBuilder cb, Root<?> root, String attribute, String text) {
        Period month = month(text);
        Instant from = month.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = month.nextFirstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        return cb.and(
                cb.greaterThanOrEqualTo(root.<Instant>get(attribute), from),
                cb.lessThan(root.<Instant>get(attribute), until));
    }

    private static Period month(String text) {
        try {
            return Period.parse("period", text);
        } catch (InvalidInput e) {
            throw InvalidInput.of("period", "error.filter.value", text);
        }
    }
}
