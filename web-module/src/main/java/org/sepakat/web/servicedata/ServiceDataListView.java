package org.sepakat.web.servicedata;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.shared.entity.Page;
import org.sepakat.web.shared.PagedModel;

/**
 * Received tickets, outages and KPI values, each a lazy table filtered by the database. The
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

    @PostConstruct
    void init() {
        ServiceRecords boundary = records;
        tickets = new PagedModel<>(request -> named(boundary.tickets(request)), Ticket::getId);
        outages = new PagedModel<>(request -> namedOutages(boundary.outages(request)), Outage::getId);
        kpiValues = new PagedModel<>(request -> namedKpis(boundary.kpiValues(request)), KpiValue::getId);
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

    public PagedModel<Ticket> getTickets() {
        return tickets;
    }

    public PagedModel<Outage> getOutages() {
        return outages;
    }

    public PagedModel<KpiValue> getKpiValues() {
        return kpiValues;
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
