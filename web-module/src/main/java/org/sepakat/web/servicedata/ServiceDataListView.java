package org.sepakat.web.servicedata;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.sepakat.common.Messages;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.shared.entity.Page;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/**
 * Received tickets, outages and KPI values, each a lazy table filtered by the database on a page
 * of its own, so each keeps its filters and sort in the address and exports what it shows. A
 * page builds only its own table, when it first asks for it: the address is that table's. The
 * records refer to services, customers and SLAs by id; each page's ids are named in one query.
 */
@Named
@ViewScoped
public class ServiceDataListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRecords records;

    private final Map<Long, String> serviceCodes = new HashMap<>();
    private final Map<Long, String> customerCodes = new HashMap<>();
    private final Map<Long, String> slaReferences = new HashMap<>();
    private PagedModel<Ticket> tickets;
    private PagedModel<Outage> outages;
    private PagedModel<KpiValue> kpiValues;

    public PagedModel<Ticket> getTickets() {
        if (tickets == null) {
            ServiceRecords boundary = records;
            tickets = new PagedModel<Ticket>(request -> named(boundary.tickets(request)), Ticket::getId)
                    .inUrl("customer", "service", "period", "externalId")
                    .exportAs(
                            "tickets",
                            ListColumn.of("serviceData.externalId", Ticket::getExternalId),
                            ListColumn.of("serviceData.service", t -> service(t.getServiceId())),
                            ListColumn.of("serviceData.customer", t -> customer(t.getCustomerId())),
                            ListColumn.of("serviceData.kind", Ticket::getKind),
                            ListColumn.of("serviceData.priority", Ticket::getPriority),
                            ListColumn.of("serviceData.category", Ticket::getCategory),
                            ListColumn.of("serviceData.opened", Ticket::getOpened),
                            ListColumn.of("serviceData.firstResponse", Ticket::getFirstResponse),
                            ListColumn.of("serviceData.resolved", Ticket::getResolved),
                            ListColumn.of(
                                    "serviceData.pauses", t -> t.getPauses().size()));
        }
        return tickets;
    }

    public PagedModel<Outage> getOutages() {
        if (outages == null) {
            ServiceRecords boundary = records;
            outages = new PagedModel<Outage>(request -> namedOutages(boundary.outages(request)), Outage::getId)
                    .inUrl("service", "period", "externalId")
                    .exportAs(
                            "outages",
                            ListColumn.of("serviceData.externalId", Outage::getExternalId),
                            ListColumn.of("serviceData.service", o -> service(o.getServiceId())),
                            ListColumn.of("serviceData.starts", Outage::getStarts),
                            new ListColumn<>(
                                    "serviceData.ends",
                                    (o, locale) -> o.getEnds() == null
                                            ? Messages.text(locale, "serviceData.ongoing")
                                            : ListColumn.plain(o.getEnds())),
                            new ListColumn<>(
                                    "serviceData.planned",
                                    (o, locale) -> Messages.text(
                                            locale, o.isPlanned() ? "serviceData.yes" : "serviceData.no")),
                            ListColumn.of("serviceData.description", Outage::getDescription));
        }
        return outages;
    }

    public PagedModel<KpiValue> getKpiValues() {
        if (kpiValues == null) {
            ServiceRecords boundary = records;
            kpiValues = new PagedModel<KpiValue>(request -> namedKpis(boundary.kpiValues(request)), KpiValue::getId)
                    .inUrl("sla", "period", "externalId")
                    .exportAs(
                            "kpi-values",
                            ListColumn.of("serviceData.sla", k -> sla(k.getAgreementId())),
                            ListColumn.of("serviceData.measure", KpiValue::getMeasureName),
                            ListColumn.of("serviceData.period", KpiValue::getPeriod),
                            ListColumn.of("serviceData.value", KpiValue::getValue),
                            ListColumn.of("serviceData.note", KpiValue::getNote),
                            ListColumn.of("serviceData.externalId", KpiValue::getExternalId));
        }
        return kpiValues;
    }

    private Page<Ticket> named(Page<Ticket> page) {
        serviceCodes.putAll(records.serviceCodes(
                page.items().stream().map(Ticket::getServiceId).toList()));
        customerCodes.putAll(records.customerCodes(
                page.items().stream().map(Ticket::getCustomerId).toList()));
        return page;
    }

    private Page<Outage> namedOutages(Page<Outage> page) {
        serviceCodes.putAll(records.serviceCodes(
                page.items().stream().map(Outage::getServiceId).toList()));
        return page;
    }

    private Page<KpiValue> namedKpis(Page<KpiValue> page) {
        slaReferences.putAll(records.slaReferences(
                page.items().stream().map(KpiValue::getAgreementId).toList()));
        return page;
    }

    public String service(Long id) {
        return serviceCodes.getOrDefault(id, String.valueOf(id));
    }

    public String customer(Long id) {
        return customerCodes.getOrDefault(id, String.valueOf(id));
    }

    public String sla(Long id) {
        return slaReferences.getOrDefault(id, String.valueOf(id));
    }
}
