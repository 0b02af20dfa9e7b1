package org.sepakat.servicedata.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sepakat.servicelevel.entity.MeasurementPeriod;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.ServiceLevelTarget;
import org.sepakat.servicelevel.entity.TargetMetric;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.servicelevel.entity.WorkloadMetric;

/**
 * The business keys one delivery names, each looked up once: service and customer codes to ids,
 * SLA references to the SLA and the names of the measures a KPI value may be given for.
 */
public final class References {

    private final Map<String, Long> services;
    private final Map<String, Long> customers;
    private final Map<String, ServiceLevelAgreement> agreements;

    public References(Map<String, Long> services, Map<String, Long> customers, Collection<ServiceLevelAgreement> agreements) {
        this.services = Map.copyOf(services);
        this.customers = Map.copyOf(customers);
        this.agreements = agreements.stream().collect(Collectors.toMap(ServiceLevelAgreement::getReference,
                Function.identity(), (a, b) -> a));
    }

    public Optional<Long> service(String code) {
        return Optional.ofNullable(code == null ? null : services.get(code.trim()));
    }

    public Optional<Long> customer(String code) {
        return Optional.ofNullable(code == null ? null : customers.get(code.trim()));
    }

    public Optional<ServiceLevelAgreement> agreement(String reference) {
        return Optional.ofNullable(reference == null ? null : agreements.get(reference.trim()));
    }

    /** Whether the SLA measures this KPI or limit per quarter (its value is then named by the quarter's first month). */
    public static boolean quarterly(ServiceLevelAgreement sla, String measure) {
        return Stream.concat(
                        sla.getTargets().stream().filter(t -> t.getName().equals(measure)).map(ServiceLevelTarget::getPeriod),
                        sla.getLimits().stream().filter(l -> l.getName().equals(measure)).map(WorkloadLimit::getPeriod))
                .anyMatch(p -> p == MeasurementPeriod.QUARTER);
    }

    /**
     * What a KPI value can be delivered for: the SLA's custom KPI targets, and its workload limits
     * that the ticket data cannot count (named users, custom counts).
     */
    public static List<String> measures(ServiceLevelAgreement sla) {
        Set<WorkloadMetric> counted = Set.of(WorkloadMetric.NAMED_USERS, WorkloadMetric.CUSTOM);
        return Stream.concat(
                        sla.getTargets().stream().filter(t -> t.getMetric() == TargetMetric.CUSTOM_KPI)
                                .map(ServiceLevelTarget::getName),
                        sla.getLimits().stream().filter(l -> counted.contains(l.getMetric())).map(WorkloadLimit::getName))
                .distinct()
                .toList();
    }
}
