package org.sepakat.shared.terms;

import java.util.List;
import java.util.Objects;

/**
 * Which service data an agreement is measured over: the tickets and outages of its services for
 * one customer, leaving out tickets of the excluded categories. Made through its factories, so a
 * scope of another kind (a supplier's tickets and outages) can be added without touching those
 * who make a customer's.
 */
public record DataScope(
        long customerId, String customerCode, List<ScopedService> services, List<String> excludedCategories) {

    public DataScope {
        Objects.requireNonNull(customerCode, "customerCode");
        services = List.copyOf(services);
        excludedCategories = List.copyOf(excludedCategories);
    }

    /** The data of one customer on these services. */
    public static DataScope ofCustomer(
            long customerId, String customerCode, List<ScopedService> services, List<String> excludedCategories) {
        return new DataScope(customerId, customerCode, services, excludedCategories);
    }
}
