package org.sepakat.party.entity;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The customers a caller may see: every one, or only those in {@link #ids()}. Handed out by
 * {@code CustomerScope}; readers turn it into a condition of their own query, so the filtering
 * happens in the database.
 */
public record VisibleCustomers(boolean all, Set<Long> ids) {

    public VisibleCustomers {
        ids = Set.copyOf(ids);
    }

    public static VisibleCustomers every() {
        return new VisibleCustomers(true, Set.of());
    }

    public static VisibleCustomers only(Collection<Long> ids) {
        return new VisibleCustomers(false, Set.copyOf(ids));
    }

    public boolean includes(Long customerId) {
        return all || customerId != null && ids.contains(customerId);
    }

    /** The customer id must be one of the visible ones. */
    public Predicate admits(CriteriaBuilder cb, Expression<Long> customerId) {
        if (all) {
            return cb.conjunction();
        }
        return ids.isEmpty() ? cb.disjunction() : customerId.in(ids);
    }

    /**
     * The visible ids as a parameter of an {@code IN} list: never empty (an empty list is not valid
     * SQL), and an id no record has when nothing is visible.
     */
    public List<Long> asParameter() {
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }
}
