package org.sepakat.servicedata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sepakat.servicedata.control.CheckedBatch.Row;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.shared.entity.FieldProblem;

/**
 * Outages of one service never overlap: the availability computation sums their durations. A
 * delivered outage is checked against the others of the delivery and the stored ones (a stored
 * outage the delivery replaces counts with its new times).
 */
@ApplicationScoped
public class OutageOverlaps {

    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    @PersistenceContext
    EntityManager em;

    /** One known outage: a delivered row (index ≥ 0) or a stored record (index -1). */
    private record Span(int index, String externalId, OutageFacts facts) {}

    public List<FieldProblem> among(List<Row<OutageFacts>> delivered) {
        Map<Long, List<Row<OutageFacts>>> byService =
                delivered.stream().collect(Collectors.groupingBy(r -> r.facts().serviceId()));
        List<FieldProblem> problems = new ArrayList<>();
        byService.forEach((service, rows) -> problems.addAll(onService(service, rows)));
        return problems;
    }

    private List<FieldProblem> onService(Long service, List<Row<OutageFacts>> rows) {
        Instant from = rows.stream()
                .map(r -> r.facts().starts())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant until = rows.stream()
                .map(r -> r.facts().ends() == null ? FAR_FUTURE : r.facts().ends())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, Span> spans = new HashMap<>();
        em.createNamedQuery(Outage.FIND_OVERLAPPING, Outage.class)
                .setParameter("serviceId", service)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .forEach(o -> spans.put(o.getExternalId(), new Span(-1, o.getExternalId(), o.facts())));
        rows.forEach(r -> spans.put(r.externalId(), new Span(r.index(), r.externalId(), r.facts())));
        List<FieldProblem> problems = new ArrayList<>();
        for (Row<OutageFacts> row : rows) {
            spans.values().stream()
                    .filter(other -> !Objects.equals(other.externalId(), row.externalId()))
                    .filter(other -> row.facts()
                            .overlaps(other.facts().starts(), other.facts().ends()))
                    .min(Comparator.comparing(other -> other.facts().starts()))
                    .ifPresent(other -> problems.add(FieldProblem.of(
                                    "starts",
                                    "error.serviceData.outageOverlap",
                                    other.externalId(),
                                    other.facts().starts(),
                                    other.facts().ends() == null
                                            ? "-"
                                            : other.facts().ends())
                            .under(RecordKind.OUTAGES.row(row.index()))));
        }
        return problems;
    }
}
