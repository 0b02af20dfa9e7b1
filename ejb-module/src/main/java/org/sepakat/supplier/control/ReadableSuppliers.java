package org.sepakat.supplier.control;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Collection;
import java.util.Set;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierKind;

/**
 * X-4, SUP-1, SUP-7: which suppliers a reader may see. Whoever sees every customer sees every
 * supplier; a relationship manager sees the customers acting as suppliers that are in his customer
 * scope, and the suppliers behind his customers' SLAs: those with an agreement that underpins one
 * of them ({@code behind}, the suppliers' ids, worked out by the boundary from the underpinning map).
 */
public final class ReadableSuppliers {

    private final VisibleCustomers visible;
    private final Set<Long> behind;

    public ReadableSuppliers(VisibleCustomers visible, Collection<Long> behind) {
        this.visible = visible;
        this.behind = Set.copyOf(behind);
    }

    /** The rule for a reader with no supplier behind his customers' SLAs. */
    public static boolean admits(VisibleCustomers visible, Supplier supplier) {
        return new ReadableSuppliers(visible, Set.of()).admits(supplier);
    }

    public boolean admits(Supplier supplier) {
        return visible.all()
                || supplier.getKind() == SupplierKind.CUSTOMER_AS_SUPPLIER && visible.includes(supplier.getCustomerId())
                || supplier.getId() != null && behind.contains(supplier.getId());
    }

    /** The same rule as a condition on a query of suppliers ({@code supplier} is its path). */
    public Predicate admits(CriteriaBuilder cb, Path<Supplier> supplier) {
        if (visible.all()) {
            return cb.conjunction();
        }
        Predicate customerActing = cb.and(
                cb.equal(supplier.get("kind"), SupplierKind.CUSTOMER_AS_SUPPLIER),
                visible.admits(cb, supplier.get("customerId")));
        return behind.isEmpty()
                ? customerActing
                : cb.or(customerActing, supplier.get("id").in(behind));
    }
}
