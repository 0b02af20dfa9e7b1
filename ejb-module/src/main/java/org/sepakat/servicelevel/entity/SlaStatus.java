package org.sepakat.servicelevel.entity;

/** SLM-9: the SLA as a controlled document. */
public enum SlaStatus {
    DRAFT,
    AGREED,
    ACTIVE,
    UNDER_REVIEW,
    RETIRED;

    /** Content may change only while nobody has signed it, or while a revision is open. */
    public boolean isEditable() {
        return this == DRAFT || this == UNDER_REVIEW;
    }
}
