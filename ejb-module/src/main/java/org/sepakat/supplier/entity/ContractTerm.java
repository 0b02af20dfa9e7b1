package org.sepakat.supplier.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One term of a supplier contract: {@code number} 0 is the initial term, 1 the first renewal, and
 * so on; both dates are inclusive (a term from 2026-01-01 for a year ends on 2026-12-31).
 */
public record ContractTerm(int number, LocalDate starts, LocalDate ends) {

    public ContractTerm {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(starts) && !day.isAfter(ends);
    }
}
