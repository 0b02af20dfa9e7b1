package org.sepakat.web.servicedata;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.Service;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.PageRequest;

/** What the service data pages let a user choose from: services, customers, SLAs (by their keys). */
@Named
@RequestScoped
public class ServiceDataChoices {

    @Inject
    ServiceCatalogue services;

    @Inject
    Customers customers;

    @Inject
    ServiceLevelAgreements agreements;

    private List<Service> serviceList;
    private List<Customer> customerList;
    private List<ServiceLevelAgreement> agreementList;

    public List<Service> getServices() {
        if (serviceList == null) {
            serviceList =
                    services.list(PageRequest.firstPage(PageRequest.MAX_SIZE)).items();
        }
        return serviceList;
    }

    public List<Customer> getCustomers() {
        if (customerList == null) {
            customerList =
                    customers.list(PageRequest.firstPage(PageRequest.MAX_SIZE)).items();
        }
        return customerList;
    }

    public List<ServiceLevelAgreement> getAgreements() {
        if (agreementList == null) {
            agreementList =
                    agreements.list(PageRequest.firstPage(PageRequest.MAX_SIZE)).items();
        }
        return agreementList;
    }
}
