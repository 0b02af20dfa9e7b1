package org.sepakat.supplier.control;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierKind;

/**
 * X-4, SUP-1: which suppliers a reader may see. Whoever sees every customer sees every supplier; a
 * relationship manager sees the customers acting as suppliers that are in his customer scope (until
 * supplier agreements underpin SLAs, that is all that links a supplier to his customers).
 */
public final class ReadableSuppliers {

    private ReadableSuppliers() {}

    public static boolean admits(VisibleCustomers visible, Supplier supplier) {
        return visible.all()
                || supplier.getKind() == SupplierKind.CUSTOMER_AS_SUPPLIER
                        && visible.includes(supplier.getCustomerId());
    }

    /** The same rule as a condition on a query of suppliers ({@code supplier} is its path). */
    public static Predicate admits(VisibleCustomers visible, CriteriaBuilder cb, Path<Supplier> supplier) {
        if (visible.all()) {
            return cb.conjunction();
        }
        return cb.and(
                cb.equal(supplier.get("kind"), SupplierKind.CUSTOMER_AS_SUPPLIER),
                visible.admits(cb, supplier.get("customerId")));
    }
}
