package org.sepakat.supplier.control;

import java.util.Objects;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.supplier.entity.CommercialTerms;

/**
 * A supplier target underpinning a customer target: the contract or OLA it is in (by reference),
 * the target, the calendar of its hours (none: 24×7) and the contract's commercial terms (none:
 * an agreement without an end, such as an open OLA).
 */
public record SupplierTarget(String contract, TargetTerm target, CalendarTerm calendar, CommercialTerms terms) {

    public SupplierTarget {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(target, "target");
    }
}
