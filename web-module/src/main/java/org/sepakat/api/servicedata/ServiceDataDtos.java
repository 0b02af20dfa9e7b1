package org.sepakat.api.servicedata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.Interval;
import org.sepakat.servicedata.entity.KpiFacts;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.KpiValueData;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageData;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.PauseData;
import org.sepakat.servicedata.entity.RecordVersion;
import org.sepakat.servicedata.entity.ServiceDataBatch;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketData;
import org.sepakat.servicedata.entity.TicketFacts;

/**
 * Service data as the API reads and receives it, naming services, customers and SLAs by their keys:
 * a record read and delivered again changes nothing. Moments are ISO-8601 text with an offset; the
 * boundary checks them, so a bad one is named like any other field.
 */
public final class ServiceDataDtos {

    private static final String MOMENT = "ISO-8601 with offset";
    private static final String EXAMPLE = "2026-10-05T09:00:00+07:00";

    private ServiceDataDtos() {}

    @Schema(description = "A pause of the ticket's clock")
    public record PauseDto(
            @Schema(required = true, format = "date-time", description = MOMENT, example = EXAMPLE)
            String starts,

            @Schema(required = true, format = "date-time", description = MOMENT, example = EXAMPLE)
            String ends) {
        PauseData data() {
            return new PauseData(starts, ends);
        }
    }

    @Schema(description = "A ticket as delivered by another system")
    public record TicketDto(
            @Schema(readOnly = true) Long id,
            @Schema(readOnly = true) Long version,
            @Schema(required = true, example = "INC-1001") String externalId,

            @Schema(required = true, description = "Service code", example = "ERP")
            String service,

            @Schema(required = true, description = "Customer code", example = "FIN")
            String customer,

            @Schema(required = true, example = "incident") String kind,
            @Schema(required = true, example = "P1") String priority,
            @Schema(example = "waiting for customer") String category,

            @Schema(required = true, format = "date-time", description = MOMENT, example = EXAMPLE)
            String opened,

            @Schema(format = "date-time", description = MOMENT)
            String firstResponse,

            @Schema(format = "date-time", description = MOMENT)
            String resolved,

            List<PauseDto> pauses,
            @Schema(readOnly = true) Instant receivedAt,
            @Schema(readOnly = true) String receivedBy) {

        public static TicketDto of(Ticket t, Map<Long, String> services, Map<Long, String> customers) {
            return new TicketDto(
                    t.getId(),
                    t.getVersion(),
                    t.getExternalId(),
                    services.get(t.getServiceId()),
                    customers.get(t.getCustomerId()),
                    t.getKind(),
                    t.getPriority(),
                    t.getCategory(),
                    text(t.getOpened()),
                    text(t.getFirstResponse()),
                    text(t.getResolved()),
                    t.getPauses().stream().map(ServiceDataDtos::pause).toList(),
                    t.getReceivedAt(),
                    t.getReceivedBy());
        }

        TicketData data() {
            return new TicketData(
                    externalId,
                    service,
                    customer,
                    kind,
                    priority,
                    category,
                    opened,
                    firstResponse,
                    resolved,
                    pauses == null ? null : pauses.stream().map(PauseDto::data).toList());
        }
    }

    @Schema(description = "An outage of a service; no ends while it goes on")
    public record OutageDto(
            @Schema(readOnly = true) Long id,
            @Schema(readOnly = true) Long version,
            @Schema(required = true, example = "OUT-77") String externalId,

            @Schema(required = true, description = "Service code", example = "ERP")
            String service,

            @Schema(required = true, format = "date-time", description = MOMENT, example = EXAMPLE)
            String starts,

            @Schema(format = "date-time", description = MOMENT)
            String ends,

            @Schema(description = "Planned outages are excluded from availability; default false")
            Boolean planned,

            String description,
            @Schema(readOnly = true) Instant receivedAt,
            @Schema(readOnly = true) String receivedBy) {

        public static OutageDto of(Outage o, Map<Long, String> services) {
            return new OutageDto(
                    o.getId(),
                    o.getVersion(),
                    o.getExternalId(),
                    services.get(o.getServiceId()),
                    text(o.getStarts()),
                    text(o.getEnds()),
                    o.isPlanned(),
                    o.getDescription(),
                    o.getReceivedAt(),
                    o.getReceivedBy());
        }

        OutageData data() {
            return new OutageData(externalId, service, starts, ends, planned, description);
        }
    }

    @Schema(description = "A KPI value of an SLA's measure for one month")
    public record KpiValueDto(
            @Schema(readOnly = true) Long id,
            @Schema(readOnly = true) Long version,

            @Schema(description = "Optional: the SLA, measure and period identify the value")
            String externalId,

            @Schema(required = true, description = "SLA reference", example = "SLA-FIN-2026")
            String sla,

            @Schema(required = true, example = "Named users")
            String measure,

            @Schema(required = true, pattern = "^\\d{4}-\\d{2}$", description = "A month, yyyy-MM", example = "2026-10")
            String period,

            @Schema(readOnly = true) LocalDate periodStart,
            @Schema(required = true, example = "412") BigDecimal value,
            String note,
            @Schema(readOnly = true) Instant receivedAt,
            @Schema(readOnly = true) String receivedBy) {

        public static KpiValueDto of(KpiValue k, Map<Long, String> slas) {
            return new KpiValueDto(
                    k.getId(),
                    k.getVersion(),
                    k.getExternalId(),
                    slas.get(k.getAgreementId()),
                    k.getMeasureName(),
                    k.getPeriod().toString(),
                    k.getPeriodStart(),
                    k.getValue(),
                    k.getNote(),
                    k.getReceivedAt(),
                    k.getReceivedBy());
        }

        KpiValueData data() {
            return new KpiValueData(externalId, sla, measure, period, value, note);
        }
    }

    @Schema(description = "One delivery: stored all together, or not at all")
    public record BatchDto(List<TicketDto> tickets, List<OutageDto> outages, List<KpiValueDto> kpiValues) {
        ServiceDataBatch data() {
            return new ServiceDataBatch(
                    each(tickets, TicketDto::data), each(outages, OutageDto::data), each(kpiValues, KpiValueDto::data));
        }
    }

    private static <T, R> List<R> each(List<T> rows, java.util.function.Function<T, R> data) {
        return rows == null ? null : rows.stream().map(data).toList();
    }

    private static String text(Instant moment) {
        return moment == null ? null : moment.toString();
    }

    /** which delivery made a version of a record: its number, when, by whom, how, the fields it changed. */
    public record DeliveredDto(
            long version, Instant receivedAt, String receivedBy, Channel channel, List<String> changed) {

        static DeliveredDto of(RecordVersion v) {
            return new DeliveredDto(
                    v.getNumber(), v.getReceivedAt(), v.getReceivedBy(), v.getChannel(), v.getChanged());
        }
    }

    /** A received version of a ticket: the delivery and the ticket as it left it. */
    public record TicketVersionDto(DeliveredDto delivery, TicketStateDto ticket) {}

    /** A received version of an outage: the delivery and the outage as it left it. */
    public record OutageVersionDto(DeliveredDto delivery, OutageStateDto outage) {}

    /** A received version of a KPI value: the delivery and the value as it left it. */
    public record KpiValueVersionDto(DeliveredDto delivery, KpiValueStateDto kpiValue) {}

    public record TicketStateDto(
            String service,
            String customer,
            String kind,
            String priority,
            String category,
            Instant opened,
            Instant firstResponse,
            Instant resolved,
            List<PauseDto> pauses) {

        static TicketStateDto of(TicketFacts t, Map<Long, String> services, Map<Long, String> customers) {
            return new TicketStateDto(
                    services.get(t.serviceId()),
                    customers.get(t.customerId()),
                    t.kind(),
                    t.priority(),
                    t.category(),
                    t.opened(),
                    t.firstResponse(),
                    t.resolved(),
                    t.pauses().stream().map(ServiceDataDtos::pause).toList());
        }
    }

    public record OutageStateDto(String service, Instant starts, Instant ends, boolean planned, String description) {

        static OutageStateDto of(OutageFacts o, Map<Long, String> services) {
            return new OutageStateDto(services.get(o.serviceId()), o.starts(), o.ends(), o.planned(), o.description());
        }
    }

    public record KpiValueStateDto(String sla, String measure, String period, BigDecimal value, String note) {

        static KpiValueStateDto of(KpiFacts k, Map<Long, String> slas) {
            return new KpiValueStateDto(
                    slas.get(k.agreementId()), k.measureName(), k.period().toString(), k.value(), k.note());
        }
    }

    private static PauseDto pause(Interval interval) {
        return new PauseDto(text(interval.getStarts()), text(interval.getEnds()));
    }
}
