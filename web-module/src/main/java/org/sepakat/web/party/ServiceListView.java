package org.sepakat.web.party;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceStatus;
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
        model = new PagedModel<>(boundary::list, Service::getId);
    }

    public PagedModel<Service> getServices() {
        return model;
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }
}
