package org.sepakat.shared.terms;

import java.util.Objects;

/**
 * A CDI event: the terms of an agreement changed (its content saved, agreed, activated, revised,
 * retired or ended). Its owner fires it in the changing transaction; whoever checks agreements
 * against each other (the alignment check, SUP-7) observes it after the commit, so the owner never
 * depends on the checker.
 */
public record AgreementChanged(OwnerKind owner, long id) {

    public AgreementChanged {
        Objects.requireNonNull(owner, "owner");
    }
}
