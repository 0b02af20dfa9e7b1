package org.sepakat.it.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.sepakat.it.support.Unique;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.KpiValueData;
import org.sepakat.servicedata.entity.OutageData;
import org.sepakat.servicedata.entity.PauseData;
import org.sepakat.servicedata.entity.TicketData;

/**
 * Service data of one test SLA delivered through the service data boundary, as another system
 * would; moments are written as local times in a zone.
 */
final class ServiceDataRows {

    private final ServiceRecords records;
    private final ZoneId zone;
    private final ReviewedSla.Setup sla;

    ServiceDataRows(ServiceRecords records, ZoneId zone, ReviewedSla.Setup sla) {
        this.records = records;
        this.zone = zone;
        this.sla = sla;
    }

    private String at(String localDateTime) {
        return localDateTime == null
                ? null
                : LocalDateTime.parse(localDateTime)
                        .atZone(zone)
                        .toOffsetDateTime()
                        .toString();
    }

    PauseData pause(String starts, String ends) {
        return new PauseData(at(starts), at(ends));
    }

    /** Delivers a new ticket; returns its external id. */
    String ticket(
            String kind,
            String priority,
            String category,
            String opened,
            String firstResponse,
            String resolved,
            PauseData... pauses) {
        String externalId = Unique.code("T");
        ticketAgain(externalId, kind, priority, category, opened, firstResponse, resolved, pauses);
        return externalId;
    }

    /** Delivers the ticket with this external id (again): the delivery overwrites what was received before. */
    void ticketAgain(
            String externalId,
            String kind,
            String priority,
            String category,
            String opened,
            String firstResponse,
            String resolved,
            PauseData... pauses) {
        records.receive(new TicketData(
                externalId,
                sla.serviceCode(),
                sla.customerCode(),
                kind,
                priority,
                category,
                at(opened),
                at(firstResponse),
                at(resolved),
                List.of(pauses)));
    }

    void outage(String starts, String ends, boolean planned) {
        records.receive(new OutageData(Unique.code("O"), sla.serviceCode(), at(starts), at(ends), planned, null));
    }

    void kpi(String measure, String period, String value) {
        records.receive(new KpiValueData(null, sla.reference(), measure, period, new BigDecimal(value), null));
    }
}
