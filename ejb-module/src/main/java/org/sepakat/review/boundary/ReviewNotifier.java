package org.sepakat.review.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.review.entity.PeriodReportStored;

/**
 * Tells the SLA's service level manager when a stored report missed a target or exceeded a
 * limit (SLM-6, SLM-8), once the report is committed: in the application and by e-mail.
 */
@Stateless
@PermitAll
public class ReviewNotifier {

    static final String MISSED = "notification.targetMissed";

    @Inject
    Notifications notifications;

    public void onReportStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) PeriodReportStored stored) {
        if (!stored.hasMisses() || stored.serviceLevelManager() == null) {
            return;
        }
        notifications.notify(stored.serviceLevelManager(), MISSED,
                List.of(stored.agreementReference(), stored.period(), String.join(", ", stored.misses())),
                "/reports/view.xhtml?id=" + stored.reportId());
    }
}
