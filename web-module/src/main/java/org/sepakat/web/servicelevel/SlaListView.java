package org.sepakat.web.servicelevel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.Service;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/** The SLA register, paged and filtered by the database (SLM-2, SLM-9). */
@Named
@ViewScoped
public class SlaListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    Customers customers;

    @Inject
    ServiceCatalogue catalogue;

    private PagedModel<ServiceLevelAgreement> model;
    private List<Customer> customerChoices;
    private List<Service> serviceChoices;

    @PostConstruct
    void init() {
        ServiceLevelAgreements boundary = agreements;
        model = new PagedModel<ServiceLevelAgreement>(boundary::list, ServiceLevelAgreement::getId)
                .inUrl("reference", "title", "status", "customerId", "serviceId", "reviewDue")
                .exportAs(
                        "slas",
                        ListColumn.of("sla.reference", ServiceLevelAgreement::getReference),
                        ListColumn.of("sla.title", ServiceLevelAgreement::getTitle),
                        ListColumn.of("sla.customer", ServiceLevelAgreement::getCustomerCode),
                        ListColumn.label("sla.status", "enum.SlaStatus.", ServiceLevelAgreement::getStatus),
                        ListColumn.of(
                                "sla.agreedVersion",
                                a -> a.getAgreedVersion() > 0 ? (Object) a.getAgreedVersion() : null),
                        ListColumn.of("sla.nextReviewOn", ServiceLevelAgreement::getNextReviewOn),
                        ListColumn.of("sla.changedAt", ServiceLevelAgreement::getChangedAt));
        customerChoices = customers
                .list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true, null))
                .items();
        serviceChoices = catalogue
                .list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true, null))
                .items();
    }

    public PagedModel<ServiceLevelAgreement> getAgreements() {
        return model;
    }

    /** The customer filter as a page parameter, so other pages can link to one customer's SLAs. */
    public String getCustomerId() {
        return model.getFilters().get("customerId");
    }

    public void setCustomerId(String customerId) {
        model.getFilters().put("customerId", customerId);
    }

    public boolean isReviewDue() {
        return "true".equals(model.getFilters().get("reviewDue"));
    }

    public void setReviewDue(boolean due) {
        model.getFilters().put("reviewDue", String.valueOf(due));
    }

    public List<Customer> getCustomerChoices() {
        return customerChoices;
    }

    public List<Service> getServiceChoices() {
        return serviceChoices;
    }
}
