package org.sepakat.measurement.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;

/**
 * The one seam through which a reproduction gets the terms a report was measured by, from the
 * agreement's owner: the terms of one agreed version.
 */
@Dependent
public class ReportTerms {

    @Inject
    ServiceLevelAgreements agreements;

    /** The SLA as agreed in {@code version}; empty when those terms were not kept. */
    public Optional<ServiceLevelAgreement> agreed(Long agreementId, int version) {
        return agreements.asAgreedIn(agreementId, version);
    }

    /**
     * Whether the engine's SQL reads these terms' covered services and excluded categories: it reads
     * those of the SLA's last agreed version (servicelevel's published views), so a report of an
     * earlier version can be measured again only if a later one kept them.
     */
    public boolean measuredAsNow(ServiceLevelAgreement agreed) {
        int last = agreements.find(agreed.getId()).getAgreedVersion();
        if (last == agreed.getAgreedVersion()) {
            return true;
        }
        Optional<ServiceLevelAgreement> now = agreed(agreed.getId(), last);
        return now.isPresent()
                && new HashSet<>(now.get().getServices().stream().map(CoveredService::getServiceId).toList())
                        .equals(new HashSet<>(agreed.getServices().stream().map(CoveredService::getServiceId).toList()))
                && new HashSet<>(now.get().getExcludedCategories()).equals(new HashSet<>(agreed.getExcludedCategories()));
    }
}
