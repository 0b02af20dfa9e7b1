package org.sepakat.servicedata.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sepakat.shared.terms.LimitTerm;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.WorkloadMetric;

/**
 * The business keys one delivery names, each looked up once: service and customer codes to ids,
 * SLA references to the SLA's terms as servicelevel publishes them (its current content), which
 * name the measures a KPI value may be given for.
 */
public final class References {

    private final Map<String, Long> services;
    private final Map<String, Long> customers;
    private final Map<String, MeasurableAgreement> agreements;

    public References(
            Map<String, Long> services, Map<String, Long> customers, Collection<MeasurableAgreement> agreements) {
        this.services = Map.copyOf(services);
        this.customers = Map.copyOf(customers);
        this.agreements = agreements.stream()
                .collect(Collectors.toMap(a -> a.identity().reference(), Function.identity(), (a, b) -> a));
    }

    public Optional<Long> service(String code) {
        return Optional.ofNullable(code == null ? null : services.get(code.trim()));
    }

    public Optional<Long> customer(String code) {
        return Optional.ofNullable(code == null ? null : customers.get(code.trim()));
    }

    public Optional<MeasurableAgreement> agreement(String reference) {
        return Optional.ofNullable(reference == null ? null : agreements.get(reference.trim()));
    }

    /** Whether the SLA measures this KPI or limit per quarter (its value is then named by the quarter's first month). */
    public static boolean quarterly(MeasurableAgreement sla, String measure) {
        return Stream.concat(
                        sla.targets().stream()
                                .filter(t -> t.name().equals(measure))
                                .map(TargetTerm::period),
                        sla.limits().stream()
                                .filter(l -> l.name().equals(measure))
                                .map(LimitTerm::period))
                .anyMatch(p -> p == MeasurementPeriod.QUARTER);
    }

    /**
     * What a KPI value can be delivered for: the SLA's custom KPI targets, and its workload limits
     * that the ticket data cannot count (named users, custom counts).
     */
    public static List<String> measures(MeasurableAgreement sla) {
        Set<WorkloadMetric> counted = Set.of(WorkloadMetric.NAMED_USERS, WorkloadMetric.CUSTOM);
        return Stream.concat(
                        sla.targets().stream()
                                .filter(t -> t.metric() == TargetMetric.CUSTOM_KPI)
                                .map(TargetTerm::name),
                        sla.limits().stream()
                                .filter(l -> counted.contains(l.metric()))
                                .map(LimitTerm::name))
                .distinct()
                .toList();
    }
}
