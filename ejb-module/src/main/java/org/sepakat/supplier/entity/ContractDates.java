package org.sepakat.supplier.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a contract's dates are on a day (SUP-10), as pages and the API show them: the term that
 * holds it, the next notice deadline and the term end it stops the contract on ({@code null}: none
 * to meet), and the expiry ({@code null} exactly when the contract renews itself: a tacit renewal
 * without notice).
 */
public record ContractDates(
        LocalDate asOf, ContractTerm currentTerm, NoticeDeadline nextNotice, LocalDate expiry, boolean renewsItself) {

    public ContractDates {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currentTerm, "currentTerm");
    }

    /** The dates of {@code terms} on {@code today}. */
    public static ContractDates of(CommercialTerms terms, LocalDate today) {
        LocalDate expiry = terms.expiry().orElse(null);
        return new ContractDates(
                today, terms.currentTerm(today), terms.nextNoticeDeadline(today).orElse(null), expiry, expiry == null);
    }
}
