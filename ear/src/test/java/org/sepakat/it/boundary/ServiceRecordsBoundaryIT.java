package org.sepakat.it.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.ServiceDataCsv;
import org.sepakat.it.support.Unique;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.CsvPreview;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.KpiValueData;
import org.sepakat.servicedata.entity.OutageData;
import org.sepakat.servicedata.entity.PauseData;
import org.sepakat.servicedata.entity.Received;
import org.sepakat.servicedata.entity.ReceivedCounts;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.ServiceDataBatch;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketData;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ExceptionsData;
import org.sepakat.servicelevel.entity.LimitData;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.WorkloadMetric;

/** Service data in (SLM-5..7) inside the server, on the configured database (Derby, then PostgreSQL). */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class ServiceRecordsBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(ServiceRecordsBoundaryIT.class, ServiceDataCsv.class);
    }

    @Inject
    ServiceRecords records;

    @Inject
    ServiceCatalogue services;

    @Inject
    Customers customers;

    @Inject
    StaffDirectory staff;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    RunAs runAs;

    @BeforeEach
    void signIn() throws Exception {
        runAs.user(DemoUsers.SLAMAN);
    }

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    /** A service of its own, so no other test's or the demo data's outages are in the way. */
    private String newService() {
        String code = Unique.code("SVC");
        services.create(new ServiceData(
                code,
                "Test service " + code,
                null,
                staff.byUsername(DemoUsers.SLAMAN).orElseThrow().getId(),
                null));
        return code;
    }

    private static TicketData ticket(String id, String service, String opened, String resolved, PauseData... pauses) {
        return new TicketData(id, service, "FIN", "incident", "P1", "network", opened, null, resolved, List.of(pauses));
    }

    private static List<String> fields(InvalidInput refusal) {
        return refusal.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    @DisplayName("SLM-6: delivering the same records again updates them and never duplicates them")
    void deliveringTwiceUpdates() {
        String service = newService();
        String first = Unique.code("INC");
        String second = Unique.code("INC");
        String outage = Unique.code("OUT");
        ServiceDataBatch batch = new ServiceDataBatch(
                List.of(
                        ticket(
                                first,
                                service,
                                "2026-10-05T09:00:00+07:00",
                                "2026-10-05T12:00:00+07:00",
                                new PauseData("2026-10-05T10:00:00+07:00", "2026-10-05T10:30:00+07:00")),
                        ticket(second, service, "2026-10-06T09:00:00+07:00", null)),
                List.of(new OutageData(
                        outage, service, "2026-10-07T01:00:00Z", "2026-10-07T02:00:00Z", false, "Disk full")),
                List.of());
        ReceivedCounts created = records.receive(batch);
        assertThat(created.tickets()).isEqualTo(new ReceivedCounts.Count(2, 0));
        assertThat(created.outages()).isEqualTo(new ReceivedCounts.Count(1, 0));

        ServiceDataBatch again = new ServiceDataBatch(
                List.of(
                        ticket(first, service, "2026-10-05T09:00:00+07:00", "2026-10-05T12:00:00+07:00"),
                        ticket(second, service, "2026-10-06T09:00:00+07:00", "2026-10-06T15:00:00+07:00")),
                List.of(new OutageData(
                        outage, service, "2026-10-07T01:00:00Z", "2026-10-07T03:00:00Z", false, "Disk full")),
                List.of());
        ReceivedCounts updated = records.receive(again);
        assertThat(updated.tickets()).isEqualTo(new ReceivedCounts.Count(0, 2));
        assertThat(updated.outages()).isEqualTo(new ReceivedCounts.Count(0, 1));

        assertThat(records.tickets(new PageRequest(0, 10, null, true, Map.of("service", service)))
                        .total())
                .isEqualTo(2);
        Ticket resolved = records.ticket(second);
        assertThat(resolved.getResolved()).hasToString("2026-10-06T08:00:00Z");
        assertThat(records.ticket(first).getPauses()).isEmpty();
        assertThat(resolved.getReceivedBy()).isEqualTo(DemoUsers.SLAMAN);
        assertThat(records.outage(outage).getEnds()).hasToString("2026-10-07T03:00:00Z");
        assertThat(records.tickets(new PageRequest(
                                0, 10, null, true, Map.of("service", service, "customer", "FIN", "period", "2026-10")))
                        .total())
                .isEqualTo(2);
        assertThat(records.tickets(new PageRequest(0, 10, null, true, Map.of("service", service, "period", "2026-11")))
                        .total())
                .isZero();
    }

    @Test
    @DisplayName("SLM-6: one bad row refuses the whole delivery, naming every bad row and field; nothing is stored")
    void oneBadRowStoresNothing() {
        String service = newService();
        String good = Unique.code("INC");
        String bad = Unique.code("INC");
        ServiceDataBatch batch = new ServiceDataBatch(
                List.of(
                        ticket(good, service, "2026-10-05T09:00:00+07:00", null),
                        ticket(bad, service, "2026-10-05T09:00:00+07:00", "2026-10-05T08:00:00+07:00"),
                        ticket(Unique.code("INC"), service, "yesterday", null)),
                List.of(new OutageData(
                        Unique.code("OUT"), "NO-SUCH-SERVICE", "2026-10-07T01:00:00Z", null, false, null)),
                List.of());
        assertThatThrownBy(() -> records.receive(batch))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(fields((InvalidInput) e))
                        .containsExactly("tickets[1].resolved", "tickets[2].opened", "outages[0].service"));
        assertThatThrownBy(() -> records.ticket(good)).isInstanceOf(RecordNotFound.class);
        assertThat(records.tickets(new PageRequest(0, 10, null, true, Map.of("service", service)))
                        .total())
                .isZero();
    }

    @Test
    @DisplayName(
            "SLM-6: outages of one service never overlap, in the delivery or with those stored; the other one is named")
    void outagesDoNotOverlap() {
        String service = newService();
        String stored = Unique.code("OUT");
        records.receive(new OutageData(stored, service, "2026-10-07T01:00:00Z", "2026-10-07T03:00:00Z", false, null));

        InvalidInput refusal = (InvalidInput) org.assertj.core.api.Assertions.catchThrowable(() ->
                records.receive(ServiceDataBatch.ofOutages(List.of(
                        new OutageData(
                                Unique.code("OUT"),
                                service,
                                "2026-10-07T02:00:00Z",
                                "2026-10-07T04:00:00Z",
                                false,
                                null),
                        new OutageData(Unique.code("OUT"), service, "2026-10-08T00:00:00Z", null, true, null),
                        new OutageData(
                                Unique.code("OUT"),
                                service,
                                "2026-10-09T00:00:00Z",
                                "2026-10-09T01:00:00Z",
                                true,
                                null)))));
        assertThat(refusal).isNotNull();
        assertThat(fields(refusal)).containsExactly("outages[0].starts", "outages[1].starts", "outages[2].starts");
        assertThat(refusal.problems().get(0).arguments()).contains(stored);

        Received<?> moved = records.receive(new OutageData(
                stored,
                service,
                "2026-10-07T02:00:00Z",
                "2026-10-07T04:00:00Z",
                false,
                "moved, not overlapping itself"));
        assertThat(moved.created()).isFalse();
    }

    @Test
    @DisplayName(
            "SLM-3, SLM-4: a KPI value is for a custom KPI target or counted limit of the SLA, per its month or quarter; the same period again updates it")
    void kpiValuesPerMeasureAndMonth() {
        String reference = Unique.code("SLA");
        Long finance = customers.idsByCode(List.of("FIN")).get("FIN");
        Long email = services.idsByCode(List.of("EMAIL")).get("EMAIL");
        agreements.create(new SlaData(
                reference,
                "KPI test",
                finance,
                List.of(email),
                null,
                null,
                null,
                ReviewCadence.QUARTERLY,
                "Asia/Jakarta",
                List.of(new TargetData(
                        "Satisfaction score",
                        TargetMetric.CUSTOM_KPI,
                        Comparison.AT_LEAST,
                        new BigDecimal("4"),
                        "points",
                        MeasurementPeriod.MONTH,
                        null,
                        null,
                        null,
                        null,
                        null)),
                List.of(
                        new LimitData(
                                "Named users",
                                WorkloadMetric.NAMED_USERS,
                                null,
                                500L,
                                MeasurementPeriod.MONTH,
                                OverLimitRule.REPORT_ONLY),
                        new LimitData(
                                "Site visits",
                                WorkloadMetric.CUSTOM,
                                null,
                                12L,
                                MeasurementPeriod.QUARTER,
                                OverLimitRule.REPORT_ONLY)),
                ExceptionsData.NONE_STATED,
                null));

        Received<KpiValue> first = records.receive(
                new KpiValueData(null, reference, "Named users", "2026-10", new BigDecimal("412"), "from HR"));
        Received<KpiValue> again = records.receive(
                new KpiValueData(null, reference, "Named users", "2026-10", new BigDecimal("418"), "corrected"));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.record().getExternalId()).isEqualTo(first.record().getExternalId());
        assertThat(records.kpiValues(new PageRequest(0, 10, null, true, Map.of("sla", reference)))
                        .items())
                .singleElement()
                .satisfies(v -> assertThat(v.getValue()).isEqualByComparingTo("418"));

        assertThatThrownBy(() -> records.receive(ServiceDataBatch.ofKpiValues(List.of(
                        new KpiValueData(null, reference, "Satisfaction score", "2026-10", new BigDecimal("4.2"), null),
                        new KpiValueData(null, reference, "Availability", "2026-10", BigDecimal.ONE, null),
                        new KpiValueData(null, reference, "Satisfaction score", "October", BigDecimal.ONE, null),
                        new KpiValueData(null, reference, "Site visits", "2026-11", BigDecimal.ONE, null)))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(fields((InvalidInput) e))
                        .containsExactly("kpiValues[1].measure", "kpiValues[2].period", "kpiValues[3].period"));
        assertThat(records.receive(new KpiValueData(null, reference, "Site visits", "2026-10", BigDecimal.TEN, null))
                        .record()
                        .getPeriodStart())
                .hasToString("2026-10-01");
        assertThat(records.measures(
                        agreements.byReferences(List.of(reference)).get(0).id()))
                .containsExactly("Satisfaction score", "Named users", "Site visits");
    }

    @Test
    @DisplayName("A CSV file is previewed row by row with the same checks, and nothing is stored until it is imported")
    void csvPreviewStoresNothing() {
        String service = newService();
        String good = Unique.code("INC");
        byte[] csv = ServiceDataCsv.tickets()
                .ticket(good, service, "FIN", "P2", "2026-10-05T09:00:00+07:00", "2026-10-05T10:00:00+07:00")
                .ticket(
                        Unique.code("INC"),
                        service,
                        "NOPE",
                        "P2",
                        "2026-10-05T09:00:00+07:00",
                        "2026-10-04T10:00:00+07:00")
                .text()
                .getBytes(StandardCharsets.UTF_8);
        CsvPreview preview = records.preview(RecordKind.TICKETS, csv);
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems())
                .extracting(FieldProblem::field)
                .containsExactly("customer");
        assertThat(preview.isImportable()).isFalse();
        assertThatThrownBy(() -> records.ticket(good)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    @DisplayName("SLM-6: a delivery of 1,000 tickets is stored in one go, and delivered again updates all of them")
    void aThousandTickets() {
        String service = newService();
        String prefix = Unique.code("BULK");
        List<TicketData> tickets = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> ticket(
                        prefix + "-" + i,
                        service,
                        "2026-09-01T08:00:00Z",
                        java.time.Instant.parse("2026-09-01T09:00:00Z")
                                .plusSeconds(i * 60L)
                                .toString()))
                .toList();
        assertThat(records.receive(ServiceDataBatch.ofTickets(tickets)).tickets())
                .isEqualTo(new ReceivedCounts.Count(1000, 0));
        assertThat(records.receive(ServiceDataBatch.ofTickets(tickets)).tickets())
                .isEqualTo(new ReceivedCounts.Count(0, 1000));
        assertThat(records.tickets(new PageRequest(0, 1, null, true, Map.of("service", service)))
                        .total())
                .isEqualTo(1000);
    }

    @Test
    @DisplayName("X-4: the auditor reads service data but cannot deliver any")
    void auditorOnlyReads() throws Exception {
        runAs.user(DemoUsers.AUDITOR);
        assertThat(records.outages(PageRequest.firstPage(5))).isNotNull();
        assertThatThrownBy(() -> records.receive(ServiceDataBatch.ofTickets(List.of())))
                .isInstanceOf(EJBAccessException.class);
    }
}
