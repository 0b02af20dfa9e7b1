package org.sepakat.measurement.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.servicedata.entity.DemoServiceDataLoaded;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;

/**
 * A newcomer's first look shows the product at work: once the demo's service data is stored, its past
 * months are reviewed as the monthly schedule would have reviewed them (the batch job's own way in,
 * {@link PeriodMeasurements#dueAgreements} and {@link PeriodMeasurements#reviewRange}), oldest month
 * first, so the demo SLA has reports, charts, improvements and notifications. Each month is its own
 * transaction; a month already reported (a second server starting at the same time) is skipped, as a
 * run locks its SLAs and stores one report per SLA and month.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
public class MeasurementDemoData {

    private static final Logger LOG = Logger.getLogger(MeasurementDemoData.class.getName());

    @Inject
    PeriodMeasurements reviews;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onDemoServiceData(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoServiceDataLoaded demo) {
        int stored = 0;
        for (Period month : demo.months().stream().sorted().toList()) {
            List<Long> due = reviews.dueAgreements(month).stream()
                    .filter(demo.agreementIds()::contains)
                    .toList();
            stored += reviews.reviewRange(due, month, RunTrigger.SCHEDULE);
        }
        int reports = stored;
        LOG.info(() -> "Demo data loaded: " + reports + " period reports of the demo months " + demo.months());
    }
}
