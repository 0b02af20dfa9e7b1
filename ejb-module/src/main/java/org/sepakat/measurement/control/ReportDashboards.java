package org.sepakat.measurement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.sepakat.measurement.entity.Rating;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.measurement.entity.SlaRating;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetPoint;
import org.sepakat.measurement.entity.WorkloadPoint;
import org.sepakat.shared.entity.Period;

/**
 * The dashboards' figures, aggregated by the database: the latest rating of each SLA of a
 * customer, attainment per target and workload per limit over the last periods of an SLA. The
 * caller decides who may see which customer.
 */
@ApplicationScoped
public class ReportDashboards {

    @PersistenceContext
    EntityManager em;

    /** Per SLA of the customer, its newest report. */
    public List<SlaRating> latestRatings(Long customerId) {
        List<Object[]> rows = em.createQuery(
                        "SELECT r.id, r.agreementId, r.agreementReference, r.agreementTitle, "
                                + "r.period, r.rating, r.reviewState FROM PeriodReport r WHERE r.customerId = :customer "
                                + "AND r.period = (SELECT MAX(l.period) FROM PeriodReport l WHERE l.customerId = :customer "
                                + "AND l.agreementId = r.agreementId) ORDER BY r.agreementReference",
                        Object[].class)
                .setParameter("customer", customerId)
                .getResultList();
        return rows.stream()
                .map(row -> new SlaRating(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (String) row[3],
                        (Period) row[4],
                        (Rating) row[5],
                        (ReviewState) row[6]))
                .toList();
    }

    /** The first period of the last {@code periods} months that have a report of this SLA; null when none has. */
    public Period firstOfLast(Long agreementId, int periods) {
        // the newest period by ordering, not MAX(): an aggregate's result would skip the attribute's converter
        return em.createQuery(
                        "SELECT r.period FROM PeriodReport r WHERE r.agreementId = :agreement ORDER BY r.period DESC",
                        Period.class)
                .setParameter("agreement", agreementId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(newest -> newest.minusMonths(periods - 1L))
                .orElse(null);
    }

    /** Attained value and threshold per target and period, oldest first; targets not yet due are left out. */
    public List<TargetPoint> attainment(Long agreementId, Period from) {
        List<Object[]> rows = em.createQuery(
                        "SELECT r.period, t.name, MIN(t.comparison), MAX(t.threshold), "
                                + "MAX(t.attained) FROM PeriodReport r JOIN r.targets t WHERE r.agreementId = :agreement "
                                + "AND r.period >= :from AND t.outcome <> :notDue GROUP BY r.period, t.name "
                                + "ORDER BY r.period, t.name",
                        Object[].class)
                .setParameter("agreement", agreementId)
                .setParameter("from", from)
                .setParameter("notDue", TargetOutcome.NOT_DUE)
                .getResultList();
        return rows.stream()
                .map(row -> new TargetPoint(
                        (Period) row[0], (String) row[1], (String) row[2], decimal(row[3]), decimal(row[4])))
                .toList();
    }

    /** Actual workload and maximum per limit and period, oldest first. */
    public List<WorkloadPoint> workload(Long agreementId, Period from) {
        List<Object[]> rows = em.createQuery(
                        "SELECT r.period, l.name, MAX(l.maximum), SUM(l.actual) "
                                + "FROM PeriodReport r JOIN r.limits l WHERE r.agreementId = :agreement AND r.period >= :from "
                                + "GROUP BY r.period, l.name ORDER BY r.period, l.name",
                        Object[].class)
                .setParameter("agreement", agreementId)
                .setParameter("from", from)
                .getResultList();
        return rows.stream()
                .map(row -> new WorkloadPoint(
                        (Period) row[0], (String) row[1], ((Number) row[2]).longValue(), decimal(row[3])))
                .toList();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }
}
