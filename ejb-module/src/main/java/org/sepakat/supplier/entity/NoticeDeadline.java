package org.sepakat.supplier.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The last day notice can be given ({@code lastDay}, inclusive) so that the contract ends with the
 * term that ends on {@code endsContractOn}; for an express renewal, the last day to record it.
 */
public record NoticeDeadline(LocalDate lastDay, LocalDate endsContractOn) {

    public NoticeDeadline {
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(endsContractOn, "endsContractOn");
    }
}
