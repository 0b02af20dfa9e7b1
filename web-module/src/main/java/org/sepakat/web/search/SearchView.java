package org.sepakat.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Customer;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.Risk;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.web.shared.UserSession;

/**
 * One search over the records people look up by code, reference or name. Each kind is a page of
 * its boundary's list with a text filter: customers in the caller's scope (a relationship manager's
 * own), SLAs and reports of the customers he may see, the improvements and risks he may read, the suppliers
 * and their agreements he may read.
 */
@Named
@RequestScoped
public class SearchView {

    /** Hits shown per kind; the total says when there are more. */
    static final int SHOWN = 10;

    static final int SHORTEST = 2;
    static final int LONGEST = 100;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    /** What stands between an SLA's reference and the month where a report is named ("SLA-FIN-2026 / 2026-10"). */
    private static final Pattern SEPARATOR = Pattern.compile("[/·]");

    /** One record found: the page that shows it, its code or reference, and its name or title. */
    public record Hit(String outcome, Long id, String reference, String name) {}

    /** The records of one kind found, at most {@link #SHOWN}, and how many there are. */
    public record Group(String kind, List<Hit> hits, long total) {}

    @Inject
    Customers customers;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    PeriodReports reports;

    @Inject
    Improvements improvements;

    @Inject
    Risks risks;

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierAgreements supplierAgreements;

    @Inject
    UserSession user;

    private String q;
    private String problem;
    private List<Group> groups = List.of();

    public void load() {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.length() < SHORTEST || text.length() > LONGEST) {
            problem = text.length() < SHORTEST ? "search.tooShort" : "search.tooLong";
            return;
        }
        groups = Stream.of(
                        group(
                                "customers",
                                customers::list,
                                Map.of("text", text, "inScope", "true"),
                                (Customer c) -> new Hit("/customers/view", c.getId(), c.getCode(), c.getName())),
                        group(
                                "slas",
                                agreements::list,
                                Map.of("text", text),
                                (ServiceLevelAgreement s) ->
                                        new Hit("/slas/edit", s.getId(), s.getReference(), s.getTitle())),
                        reportGroup(text),
                        group(
                                "improvements",
                                improvements::list,
                                Map.of("text", text),
                                (ImprovementOpportunity i) ->
                                        new Hit("/improvements/view", i.getId(), i.getNumber(), i.getTitle())),
                        group(
                                "risks",
                                risks::list,
                                Map.of("text", text),
                                (Risk r) -> new Hit("/risks/view", r.getId(), r.getNumber(), r.getTitle())),
                        supplierGroup(text),
                        supplierAgreementGroup(text))
                .filter(group -> group.total() > 0)
                .toList();
    }

    /** Suppliers by code or name, for the roles that read them (SUP-1); none for the others. */
    private Group supplierGroup(String text) {
        if (!user.isCanReadSuppliers()) {
            return new Group("suppliers", List.of(), 0);
        }
        return group(
                "suppliers",
                suppliers::list,
                Map.of("text", text),
                (Supplier s) -> new Hit("/suppliers/view", s.getId(), s.getCode(), s.getName()));
    }

    /** Supplier agreements by reference or title, for the roles that read suppliers (SUP-2). */
    private Group supplierAgreementGroup(String text) {
        if (!user.isCanReadSuppliers()) {
            return new Group("supplierAgreements", List.of(), 0);
        }
        return group(
                "supplierAgreements",
                supplierAgreements::list,
                Map.of("text", text),
                (SupplierAgreement a) ->
                        new Hit("/supplier-agreements/view", a.getId(), a.getReference(), a.getTitle()));
    }

    /** Reports by their SLA's reference, and by month when the text holds one ("SLA-FIN-2026 2026-10"). */
    private Group reportGroup(String text) {
        Map<String, String> filters = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (MONTH.matcher(word).matches()) {
                filters.put("from", word);
                filters.put("to", word);
            } else if (!SEPARATOR.matcher(word).matches()) {
                words.add(word);
            }
        }
        if (!words.isEmpty()) {
            filters.put("agreementReference", String.join(" ", words));
        }
        return group(
                "reports",
                reports::list,
                filters,
                (PeriodReport r) -> new Hit(
                        "/reports/view",
                        r.getId(),
                        r.getAgreementReference() + " · " + r.getPeriodLabel(),
                        r.getAgreementTitle()));
    }

    private static <T> Group group(
            String kind, Function<PageRequest, Page<T>> list, Map<String, String> filters, Function<T, Hit> hit) {
        Page<T> page = list.apply(new PageRequest(0, SHOWN, null, true, filters));
        return new Group(kind, page.items().stream().map(hit).toList(), page.total());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** The bundle key saying why the text was not searched, or null. */
    public String getProblem() {
        return problem;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public boolean isSearched() {
        return problem == null && q != null && !q.isBlank();
    }

    public int getShortest() {
        return SHORTEST;
    }

    public int getLongest() {
        return LONGEST;
    }
}
