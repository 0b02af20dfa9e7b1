package org.sepakat.measurement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.measurement.control.ReportDashboards;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.ReviewOutcomeData;
import org.sepakat.measurement.entity.SlaRating;
import org.sepakat.measurement.entity.TargetPoint;
import org.sepakat.measurement.entity.WorkloadPoint;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;

/**
 * The period reports as people read and review them (SLM-6, SLM-7): lists, one report, its
 * review outcome, and the dashboards. Service level managers and the administrator record the
 * outcome; relationship managers read the reports of the customers they manage; everyone else
 * reads all of them. Reports are computed by {@code PeriodMeasurements}, never here.
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class PeriodReports {

    private static final Logger LOG = Logger.getLogger(PeriodReports.class.getName());
    private static final String TYPE = PeriodReport.class.getSimpleName();

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    ReportDashboards dashboards;

    @Inject
    CustomerScope scope;

    @Inject
    Clock clock;

    /**
     * Filters: customerId, agreementId, rating, reviewState (exact); customerCode and
     * agreementReference (contains); from and to (YYYY-MM, inclusive). Newest period first.
     */
    public Page<PeriodReport> list(PageRequest request) {
        PagedQuery<PeriodReport> query = PagedQuery.of(em, PeriodReport.class)
                .sortable("agreementReference", "customerCode", "rating", "reviewState", "reviewedAt")
                .sortableAs("periodStart", "period")
                .defaultSort("periodStart", false)
                .equalsFilter("customerId", "customerId")
                .equalsFilter("agreementId", "agreementId")
                .equalsFilter("rating", "rating")
                .equalsFilter("reviewState", "reviewState")
                .textFilter("customerCode", "customerCode")
                .textFilter("agreementReference", "agreementReference")
                .filter(
                        "from",
                        (cb, root, value) ->
                                cb.greaterThanOrEqualTo(root.<Period>get("period"), Period.parse("from", value)))
                .filter(
                        "to",
                        (cb, root, value) ->
                                cb.lessThanOrEqualTo(root.<Period>get("period"), Period.parse("to", value)));
        VisibleCustomers visible = scope.ofCaller();
        query.where((cb, root) -> visible.admits(cb, root.get("customerId")));
        return query.fetch(request);
    }

    public PeriodReport find(Long id) {
        return visible(Records.require(em, PeriodReport.class, id));
    }

    /** The reports of one SLA, newest first. */
    public List<PeriodReport> ofAgreement(Long agreementId) {
        return list(new PageRequest(
                        0,
                        PageRequest.MAX_SIZE,
                        null,
                        true,
                        java.util.Map.of("agreementId", String.valueOf(agreementId))))
                .items();
    }

    /** The report of one SLA for one month, or "not found". */
    public PeriodReport ofPeriod(Long agreementId, Period period) {
        return em.createNamedQuery(PeriodReport.FIND_BY_AGREEMENT_PERIOD, PeriodReport.class)
                .setParameter("agreementId", agreementId)
                .setParameter("period", period)
                .getResultStream()
                .findFirst()
                .map(this::visible)
                .orElseThrow(() -> new RecordNotFound(TYPE, agreementId + " " + period));
    }

    /** SLM-7: what the review with the customer concluded; the report's figures never change. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public PeriodReport recordReview(Long id, ReviewOutcomeData data) {
        input.valid(data);
        PeriodReport report = Records.asRead(em, PeriodReport.class, id, data.version());
        String reviewer = history.currentUser();
        history.change(
                report, r -> r.recordReview(data.state(), data.comments(), data.actions(), reviewer, clock.instant()));
        LOG.info(() -> "Review of " + report.auditKey() + " recorded as " + data.state() + " by " + reviewer);
        return report;
    }

    /** Per SLA of the customer, the rating of its latest period. */
    public List<SlaRating> latestRatings(Long customerId) {
        if (!scope.ofCaller().includes(customerId)) {
            return List.of();
        }
        return dashboards.latestRatings(customerId);
    }

    /** Attainment per target over the SLA's last {@code periods} reported months, oldest first. */
    public List<TargetPoint> attainment(Long agreementId, int periods) {
        Period from = lastPeriods(agreementId, periods);
        return from == null ? List.of() : dashboards.attainment(agreementId, from);
    }

    /** Workload against each limit over the SLA's last {@code periods} reported months, oldest first. */
    public List<WorkloadPoint> workload(Long agreementId, int periods) {
        Period from = lastPeriods(agreementId, periods);
        return from == null ? List.of() : dashboards.workload(agreementId, from);
    }

    private Period lastPeriods(Long agreementId, int periods) {
        if (periods < 1 || periods > 60) {
            throw InvalidInput.of("periods", "error.report.periods", 1, 60);
        }
        VisibleCustomers visible = scope.ofCaller();
        if (!visible.all()) {
            boolean seen = em.createQuery(
                                    "SELECT COUNT(r) FROM PeriodReport r WHERE r.agreementId = :agreement "
                                            + "AND r.customerId IN :customers",
                                    Long.class)
                            .setParameter("agreement", agreementId)
                            .setParameter("customers", visible.asParameter())
                            .getSingleResult()
                    > 0;
            if (!seen) {
                return null;
            }
        }
        return dashboards.firstOfLast(agreementId, periods);
    }

    private PeriodReport visible(PeriodReport report) {
        if (!scope.ofCaller().includes(report.getCustomerId())) {
            throw new RecordNotFound(TYPE, report.getId());
        }
        return report;
    }
}
