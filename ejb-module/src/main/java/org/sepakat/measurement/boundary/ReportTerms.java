package org.sepakat.measurement.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.terms.MeasurableAgreement;

/**
 * The one seam through which a reproduction gets the terms a report was measured by, from the
 * agreement's owner: the terms of one agreed version, with its calendars as they stood when the
 * report was made.
 */
@Dependent
public class ReportTerms {

    @Inject
    ServiceLevelAgreements agreements;

    /**
     * The agreement as agreed in {@code version}, its calendars as they stood at {@code asOf}; empty
     * when those terms were not kept (or it was never agreed).
     */
    public Optional<MeasurableAgreement> agreed(Long agreementId, int version, Instant asOf) {
        return version < 1 ? Optional.empty() : agreements.agreed(agreementId, version, asOf);
    }
}
