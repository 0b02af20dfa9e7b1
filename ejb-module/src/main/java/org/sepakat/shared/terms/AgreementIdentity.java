package org.sepakat.shared.terms;

import java.util.Objects;

/**
 * Which agreement, in which agreed version, as a period report names it: the owner's kind and id,
 * its reference and title, the version measured, who signed for the provider and who wrote it
 * (the report's follow-up goes to the first of them that is a member of staff).
 */
public record AgreementIdentity(
        OwnerKind owner, long id, String reference, String title, int version, String signatory, String author) {

    public AgreementIdentity {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
    }
}
