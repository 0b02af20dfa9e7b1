package org.sepakat.servicedata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sepakat.servicedata.control.CheckedBatch.Row;
import org.sepakat.servicedata.entity.Interval;
import org.sepakat.servicedata.entity.KpiFacts;
import org.sepakat.servicedata.entity.KpiValueData;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageData;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.PauseData;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.ServiceDataBatch;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketData;
import org.sepakat.servicedata.entity.TicketFacts;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.terms.MeasurableAgreement;

/**
 * Checks a whole delivery before anything is stored: each row's fields, its references, the
 * record's own rules, duplicates inside the delivery, and outages overlapping on one service.
 * Every problem is collected under its row ("outages[2].starts"), none stops the others.
 */
@ApplicationScoped
public class BatchCheck {

    @Inject
    Validator validator;

    @Inject
    OutageOverlaps overlaps;

    public CheckedBatch check(ServiceDataBatch batch, References references, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> malformed = new HashSet<>();
        validator.validate(batch).forEach(v -> {
            FieldProblem problem = FieldProblem.of(v);
            problems.add(problem);
            malformed.add(problem.field().split("\\.")[0]);
        });
        List<Row<TicketFacts>> tickets = new ArrayList<>();
        Duplicates ticketIds = new Duplicates();
        for (int i = 0; i < batch.tickets().size(); i++) {
            RowProblems row = new RowProblems(RecordKind.TICKETS.row(i));
            if (!malformed.contains(row.row())) {
                TicketData data = batch.tickets().get(i);
                ticketIds.check(row, "externalId", data.externalId().trim());
                TicketFacts facts = ticket(data, references, row, now);
                if (!row.any()) {
                    tickets.add(new Row<>(i, data.externalId().trim(), facts));
                }
            }
            problems.addAll(row.problems());
        }
        List<Row<OutageFacts>> outages = new ArrayList<>();
        Duplicates outageIds = new Duplicates();
        for (int i = 0; i < batch.outages().size(); i++) {
            RowProblems row = new RowProblems(RecordKind.OUTAGES.row(i));
            if (!malformed.contains(row.row())) {
                OutageData data = batch.outages().get(i);
                outageIds.check(row, "externalId", data.externalId().trim());
                OutageFacts facts = outage(data, references, row);
                if (!row.any()) {
                    outages.add(new Row<>(i, data.externalId().trim(), facts));
                }
            }
            problems.addAll(row.problems());
        }
        problems.addAll(overlaps.among(outages));
        List<Row<KpiFacts>> kpiValues = new ArrayList<>();
        Duplicates kpiIds = new Duplicates();
        Duplicates kpiKeys = new Duplicates();
        for (int i = 0; i < batch.kpiValues().size(); i++) {
            RowProblems row = new RowProblems(RecordKind.KPI_VALUES.row(i));
            if (!malformed.contains(row.row())) {
                KpiValueData data = batch.kpiValues().get(i);
                String externalId =
                        data.externalId() == null || data.externalId().isBlank()
                                ? null
                                : data.externalId().trim();
                if (externalId != null) {
                    kpiIds.check(row, "externalId", externalId);
                }
                KpiFacts facts = kpiValue(data, references, row);
                if (!row.any()) {
                    kpiKeys.check(
                            row, "period", facts.agreementId() + "/" + facts.measureName() + "/" + facts.period());
                }
                if (!row.any()) {
                    kpiValues.add(new Row<>(i, externalId, facts));
                }
            }
            problems.addAll(row.problems());
        }
        problems.sort(Comparator.comparing(CheckedBatch::order).thenComparing(FieldProblem::field));
        return new CheckedBatch(tickets, outages, kpiValues, problems);
    }

    private static TicketFacts ticket(TicketData data, References references, RowProblems row, Instant now) {
        Long service = references.service(data.service()).orElse(null);
        if (service == null) {
            row.add(
                    "service",
                    "error.serviceData.unknownService",
                    data.service().trim());
        }
        Long customer = references.customer(data.customer()).orElse(null);
        if (customer == null) {
            row.add(
                    "customer",
                    "error.serviceData.unknownCustomer",
                    data.customer().trim());
        }
        Instant opened = row.moment("opened", data.opened());
        Instant firstResponse = row.moment("firstResponse", data.firstResponse());
        Instant resolved = row.moment("resolved", data.resolved());
        List<Interval> pauses = new ArrayList<>();
        for (PauseData pause : data.pauses()) {
            Instant starts = row.moment("pauses", pause.starts());
            Instant ends = row.moment("pauses", pause.ends());
            if (starts != null && ends != null) {
                try {
                    pauses.add(new Interval(starts, ends));
                } catch (InvalidInput e) {
                    row.add(e);
                }
            }
        }
        if (row.any()) {
            return null;
        }
        TicketFacts facts = new TicketFacts(
                service,
                customer,
                data.kind(),
                data.priority(),
                data.category(),
                opened,
                firstResponse,
                resolved,
                pauses);
        try {
            Ticket.check(facts, now);
        } catch (InvalidInput e) {
            row.add(e);
        }
        return facts;
    }

    private static OutageFacts outage(OutageData data, References references, RowProblems row) {
        Long service = references.service(data.service()).orElse(null);
        if (service == null) {
            row.add(
                    "service",
                    "error.serviceData.unknownService",
                    data.service().trim());
        }
        Instant starts = row.moment("starts", data.starts());
        Instant ends = row.moment("ends", data.ends());
        if (row.any()) {
            return null;
        }
        OutageFacts facts =
                new OutageFacts(service, starts, ends, Boolean.TRUE.equals(data.planned()), data.description());
        try {
            Outage.check(facts);
        } catch (InvalidInput e) {
            row.add(e);
        }
        return facts;
    }

    private static KpiFacts kpiValue(KpiValueData data, References references, RowProblems row) {
        MeasurableAgreement sla = references.agreement(data.sla()).orElse(null);
        String measure = data.measure().trim();
        if (sla == null) {
            row.add("sla", "error.serviceData.unknownSla", data.sla().trim());
        } else if (!References.measures(sla).contains(measure)) {
            List<String> known = References.measures(sla);
            row.add(
                    "measure",
                    "error.serviceData.unknownMeasure",
                    measure,
                    sla.identity().reference(),
                    known.isEmpty() ? "-" : String.join(", ", known));
        }
        Period period = row.period("period", data.period());
        if (row.any()) {
            return null;
        }
        KpiFacts facts = new KpiFacts(sla.id(), measure, period, data.value(), data.note());
        // the review looks a quarterly value up under its quarter's first month
        if (References.quarterly(sla, measure) && !period.isQuarterStart()) {
            row.add("period", "error.serviceData.quarterStart", measure, period.toString());
        }
        return facts;
    }

    /** Remembers which row first used a key, to name it when another row uses it again. */
    private static final class Duplicates {
        private final Map<String, String> firstRow = new HashMap<>();

        void check(RowProblems row, String field, String key) {
            String first = firstRow.putIfAbsent(key, row.row());
            if (first != null) {
                row.add(field, "error.serviceData.duplicate", key, first);
            }
        }
    }
}
