package org.sepakat.web.party;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceStatus;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/** The services catalogue, paged and filtered by the database. */
@Named
@ViewScoped
public class ServiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalogue catalogue;

    private PagedModel<Service> model;

    @PostConstruct
    void init() {
        ServiceCatalogue boundary = catalogue;
        model = new PagedModel<Service>(boundary::list, Service::getId)
                .inUrl("code", "name", "status")
                .exportAs(
                        "services",
                        ListColumn.of("party.code", Service::getCode),
                        ListColumn.of("party.name", Service::getName),
                        ListColumn.of(
                                "party.service.owner",
                                s -> s.getOwner() == null ? null : s.getOwner().getDisplayName()),
                        ListColumn.label("party.status", "enum.ServiceStatus.", Service::getStatus),
                        ListColumn.of("party.changedAt", Service::getChangedAt));
    }

    public PagedModel<Service> getServices() {
        return model;
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }
}
