package org.sepakat.web.measurement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.entity.SlaRating;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Customer;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;

/**
 * A customer at a glance (SLM-6): one tile per SLA with the rating of its latest period report,
 * red, amber or green with the word beside the colour; an SLA without a report yet says so.
 */
@Named
@ViewScoped
public class CustomerDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One SLA's tile; {@code latest} is null while the SLA has no report. Pages call its accessors
     * as methods ({@code t.reference()}): Expression Language 5 does not read record components.
     */
    public record Tile(Long agreementId, String reference, String title, SlaRating latest) implements Serializable {}

    @Inject
    Customers customers;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    PeriodReports reports;

    private Long customerId;
    private Customer customer;
    private List<Customer> choices = List.of();
    private List<Tile> tiles = List.of();

    public void load() {
        choices = customers
                .list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true, Map.of()))
                .items();
        show();
    }

    /** After the user chose another customer. */
    public void show() {
        tiles = List.of();
        customer = null;
        if (customerId == null) {
            return;
        }
        try {
            customer = customers.find(customerId);
        } catch (RecordNotFound e) {
            customerId = null;
            return;
        }
        Map<Long, SlaRating> latest = reports.latestRatings(customerId).stream()
                .collect(Collectors.toMap(SlaRating::agreementId, Function.identity()));
        tiles = slas
                .list(new PageRequest(
                        0, PageRequest.MAX_SIZE, "reference", true, Map.of("customerId", String.valueOf(customerId))))
                .items()
                .stream()
                .map((ServiceLevelAgreement s) ->
                        new Tile(s.getId(), s.getReference(), s.getTitle(), latest.get(s.getId())))
                .toList();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<Customer> getChoices() {
        return choices;
    }

    public List<Tile> getTiles() {
        return tiles;
    }
}
