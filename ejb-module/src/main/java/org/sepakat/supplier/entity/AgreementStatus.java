package org.sepakat.supplier.entity;

/**
 * Where a supplier agreement stands as a controlled document: drafted, agreed by both sides,
 * active, under review (a revision is being drafted; the agreed version stays in force), and at its
 * end expired (its term ran out) or terminated (ended by a party).
 */
public enum AgreementStatus {
    DRAFT,
    AGREED,
    ACTIVE,
    UNDER_REVIEW,
    EXPIRED,
    TERMINATED;

    /** Whether its content can be changed: a draft, or a revision under review. */
    public boolean isEditable() {
        return this == DRAFT || this == UNDER_REVIEW;
    }

    /** Whether it has ended: nothing more happens to it. */
    public boolean isEnded() {
        return this == EXPIRED || this == TERMINATED;
    }
}
