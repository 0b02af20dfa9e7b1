package org.sepakat.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.shared.entity.PageRequest;

/** The start page's figures; each is a count the database computes. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    Customers customers;

    @Inject
    ServiceCatalogue services;

    @Inject
    StaffDirectory staff;

    @Inject
    Improvements improvements;

    private static PageRequest one(Map<String, String> filters) {
        return new PageRequest(0, 1, null, true, filters);
    }

    public long getCustomers() {
        return customers.list(one(Map.of())).total();
    }

    public long getActiveCustomers() {
        return customers.list(one(Map.of("status", "ACTIVE"))).total();
    }

    public long getServices() {
        return services.list(one(Map.of())).total();
    }

    public long getStaff() {
        return staff.list(one(Map.of())).total();
    }

    /** improvement opportunities not yet done or rejected. */
    public long getOpenImprovements() {
        return improvements.list(one(Map.of("closed", "false"))).total();
    }

    public long getOverdueImprovements() {
        return improvements.list(one(Map.of("overdue", "true"))).total();
    }
}
