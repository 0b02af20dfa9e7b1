package org.sepakat.supplier.control;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.TargetTerm;

/**
 * A customer SLA target as the alignment rules read it: the target, the calendar its business
 * hours run on (none: 24×7), the day the SLA's validity ends (none: open-ended), whether it needs
 * a supplier to underpin it, and the provider's own handling time (elapsed, wall-clock) that a
 * ticket spends before it reaches the supplier.
 */
public record CustomerTarget(
        TargetTerm target,
        CalendarTerm calendar,
        LocalDate validTo,
        boolean needsUnderpinning,
        Duration internalHandling) {

    public CustomerTarget {
        Objects.requireNonNull(target, "target");
        internalHandling = internalHandling == null ? Duration.ZERO : internalHandling;
        if (internalHandling.isNegative()) {
            throw new IllegalArgumentException("internalHandling must not be negative: " + internalHandling);
        }
    }

    public String name() {
        return target.name();
    }
}
