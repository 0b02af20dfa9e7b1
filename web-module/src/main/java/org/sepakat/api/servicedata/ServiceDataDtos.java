package org.sepakat.api.servicedata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.Interval;
import org.sepakat.servicedata.entity.KpiFacts;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.RecordVersion;
import org.sepakat.servicedata.entity.TicketFacts;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.Ticket;

/** Received service data as the API returns it, naming services, customers and SLAs by their keys. */
public final class ServiceDataDtos {

    private ServiceDataDtos() {
    }

    public record PauseDto(Instant starts, Instant ends) {
    }

    public record TicketDto(Long id, long version, String externalId, String service, String customer, String kind,
            String priority, String category, Instant opened, Instant firstResponse, Instant resolved,
            List<PauseDto> pauses, Instant receivedAt, String receivedBy) {

        public static TicketDto of(Ticket t, Map<Long, String> services, Map<Long, String> customers) {
            return new TicketDto(t.getId(), t.getVersion(), t.getExternalId(), services.get(t.getServiceId()),
                    customers.get(t.getCustomerId()), t.getKind(), t.getPriority(), t.getCategory(), t.getOpened(),
                    t.getFirstResponse(), t.getResolved(), t.getPauses().stream().map(ServiceDataDtos::pause).toList(),
                    t.getReceivedAt(), t.getReceivedBy());
        }
    }

    public record OutageDto(Long id, long version, String externalId, String service, Instant starts, Instant ends,
            boolean planned, String description, Instant receivedAt, String receivedBy) {

        public static OutageDto of(Outage o, Map<Long, String> services) {
            return new OutageDto(o.getId(), o.getVersion(), o.getExternalId(), services.get(o.getServiceId()),
                    o.getStarts(), o.getEnds(), o.isPlanned(), o.getDescription(), o.getReceivedAt(), o.getReceivedBy());
        }
    }

    public record KpiValueDto(Long id, long version, String externalId, String sla, String measure, String period,
            LocalDate periodStart, BigDecimal value, String note, Instant receivedAt, String receivedBy) {

        public static KpiValueDto of(KpiValue k, Map<Long, String> slas) {
            return new KpiValueDto(k.getId(), k.getVersion(), k.getExternalId(), slas.get(k.getAgreementId()),
                    k.getMeasureName(), k.getPeriod().toString(), k.getPeriodStart(), k.getValue(),
                    k.getNote(), k.getReceivedAt(), k.getReceivedBy());
        }
    }

    /** one received version of a record: which delivery made it and the record as that delivery left it. */
    public record VersionDto<T>(long version, Instant receivedAt, String receivedBy, Channel channel, List<String> changed,
            T record) {

        static <T> VersionDto<T> of(RecordVersion v, T record) {
            return new VersionDto<>(v.getNumber(), v.getReceivedAt(), v.getReceivedBy(), v.getChannel(), v.getChanged(),
                    record);
        }
    }

    public record TicketStateDto(String service, String customer, String kind, String priority, String category,
            Instant opened, Instant firstResponse, Instant resolved, List<PauseDto> pauses) {

        static TicketStateDto of(TicketFacts t, Map<Long, String> services, Map<Long, String> customers) {
            return new TicketStateDto(services.get(t.serviceId()), customers.get(t.customerId()), t.kind(), t.priority(),
                    t.category(), t.opened(), t.firstResponse(), t.resolved(),
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
            return new KpiValueStateDto(slas.get(k.agreementId()), k.measureName(),
                    k.period().toString(), k.value(), k.note());
        }
    }

    private static PauseDto pause(Interval interval) {
        return new PauseDto(interval.getStarts(), interval.getEnds());
    }
}
