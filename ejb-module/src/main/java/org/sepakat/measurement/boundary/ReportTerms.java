package org.sepakat.measurement.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.ScopedService;

/**
 * The one seam through which a reproduction gets the terms a report was measured by, from the
 * agreement's owner: the terms of one agreed version.
 */
@Dependent
public class ReportTerms {

    @Inject
    ServiceLevelAgreements agreements;

    /** The agreement as agreed in {@code version}; empty when those terms were not kept (or it was never agreed). */
    public Optional<MeasurableAgreement> agreed(Long agreementId, int version) {
        return version < 1 ? Optional.empty() : agreements.agreed(agreementId, version);
    }

    /**
     * Whether the engine's SQL reads these terms' covered services and excluded categories: it reads
     * those of the agreement's last agreed version (servicelevel's published views), so a report of an
     * earlier version can be measured again only if the last one kept them.
     */
    public boolean measuredAsNow(MeasurableAgreement agreed) {
        int last = agreements.lastAgreedVersion(agreed.id());
        if (last == agreed.identity().version()) {
            return true;
        }
        return agreed(agreed.id(), last).filter(now -> services(now).equals(services(agreed))
                && Set.copyOf(now.scope().excludedCategories()).equals(Set.copyOf(agreed.scope().excludedCategories())))
                .isPresent();
    }

    private static Set<Long> services(MeasurableAgreement agreement) {
        return agreement.scope().services().stream().map(ScopedService::id).collect(Collectors.toSet());
    }
}
