package org.sepakat.servicedata.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** One delivery of service data: stored all together, or not at all. */
public record ServiceDataBatch(
        @Size(max = ServiceDataBatch.MAX_ROWS, message = "{sepakat.serviceData.rows.size}")
        List<@Valid TicketData> tickets,

        @Size(max = ServiceDataBatch.MAX_ROWS, message = "{sepakat.serviceData.rows.size}")
        List<@Valid OutageData> outages,

        @Size(max = ServiceDataBatch.MAX_ROWS, message = "{sepakat.serviceData.rows.size}")
        List<@Valid KpiValueData> kpiValues)
        implements Serializable {

    public static final int MAX_ROWS = 10_000;

    public ServiceDataBatch {
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
        outages = outages == null ? List.of() : List.copyOf(outages);
        kpiValues = kpiValues == null ? List.of() : List.copyOf(kpiValues);
    }

    public static ServiceDataBatch ofTickets(List<TicketData> tickets) {
        return new ServiceDataBatch(tickets, List.of(), List.of());
    }

    public static ServiceDataBatch ofOutages(List<OutageData> outages) {
        return new ServiceDataBatch(List.of(), outages, List.of());
    }

    public static ServiceDataBatch ofKpiValues(List<KpiValueData> kpiValues) {
        return new ServiceDataBatch(List.of(), List.of(), kpiValues);
    }

    public int size() {
        return tickets.size() + outages.size() + kpiValues.size();
    }
}
