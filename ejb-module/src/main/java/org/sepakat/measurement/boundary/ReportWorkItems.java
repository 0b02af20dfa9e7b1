package org.sepakat.measurement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sepakat.measurement.entity.Rating;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.WorkItem;

/**
 * What the period reports put on a start page (issue 12 §2): reports awaiting the customer's review
 * outcome, a month's reports by rating, and SLAs in force without a report for a month. Counted by
 * the database, within the caller's customer scope ({@link CustomerScope}).
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class ReportWorkItems {

    static final int SHOWN = 10;
    private static final String LIST = "/reports/list.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerScope scope;

    @Inject
    ServiceLevelAgreements agreements;

    /** The reports awaiting a review outcome with the customer, as one count linking to them. */
    public List<WorkItem> awaitingReview() {
        VisibleCustomers visible = scope.ofCaller();
        TypedQuery<Long> query = em.createQuery(
                        "SELECT COUNT(r) FROM PeriodReport r WHERE r.reviewState = :state" + scoped(visible),
                        Long.class)
                .setParameter("state", ReviewState.AWAITING_REVIEW);
        long count = withScope(query, visible).getSingleResult();
        return count == 0
                ? List.of()
                : List.of(WorkItem.counted(
                        "work.reports.awaitingReview",
                        count,
                        LIST + "?reviewState=" + ReviewState.AWAITING_REVIEW.name()));
    }

    /** The month's reports counted per rating (red first), each linking to the month's reports of that rating. */
    public List<WorkItem> byRating(Period month) {
        VisibleCustomers visible = scope.ofCaller();
        TypedQuery<Object[]> query = em.createQuery(
                        "SELECT r.rating, COUNT(r) FROM PeriodReport r WHERE r.period = :period" + scoped(visible)
                                + " GROUP BY r.rating",
                        Object[].class)
                .setParameter("period", month);
        Map<Rating, Long> counts = new EnumMap<>(Rating.class);
        withScope(query, visible).getResultList().forEach(row -> counts.put((Rating) row[0], (Long) row[1]));
        List<WorkItem> items = new ArrayList<>();
        for (Rating rating : List.of(Rating.RED, Rating.AMBER, Rating.GREEN)) {
            if (counts.containsKey(rating)) {
                items.add(WorkItem.counted(
                        "work.reports.rated." + rating.name(),
                        counts.get(rating),
                        LIST + "?from=" + month + "&to=" + month + "&rating=" + rating.name(),
                        month));
            }
        }
        return items;
    }

    /**
     * The SLAs in force in the month, valid during it, that have no report for it (the newest {@link #SHOWN},
     * each linking to its dashboard, where a past month is run), and how many there are in all.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @SuppressWarnings("unchecked")
    public List<WorkItem> unreported(Period month) {
        String from = " FROM sl_agreement_pub a WHERE a.status IN ('ACTIVE', 'UNDER_REVIEW') AND a.agreed_version > 0"
                + " AND (a.valid_from IS NULL OR a.valid_from < ?) AND (a.valid_to IS NULL OR a.valid_to >= ?)"
                + " AND NOT EXISTS (SELECT 1 FROM rv_period_report r WHERE r.agreement_id = a.id AND r.period_start = ?)";
        long total = ((Number) unreportedQuery("SELECT COUNT(*)" + from, month).getSingleResult()).longValue();
        if (total == 0) {
            return List.of();
        }
        List<Long> ids = ((List<Object>) unreportedQuery("SELECT a.id" + from + " ORDER BY a.id DESC", month)
                        .setMaxResults(SHOWN)
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, String> references = agreements.referencesById(ids);
        List<WorkItem> items = new ArrayList<>();
        items.add(WorkItem.counted("work.slas.unreported", total, "/slas/list.xhtml", month));
        ids.forEach(id -> items.add(WorkItem.record(
                "work.sla.unreported", "/dashboard/sla.xhtml?id=" + id, references.getOrDefault(id, "#" + id))));
        return items;
    }

    private Query unreportedQuery(String sql, Period month) {
        return em.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(month.nextFirstDay()))
                .setParameter(2, Date.valueOf(month.firstDay()))
                .setParameter(3, Date.valueOf(month.firstDay()));
    }

    private static String scoped(VisibleCustomers visible) {
        return visible.all() ? "" : " AND r.customerId IN :customers";
    }

    private static <T> TypedQuery<T> withScope(TypedQuery<T> query, VisibleCustomers visible) {
        return visible.all() ? query : query.setParameter("customers", visible.asParameter());
    }
}
