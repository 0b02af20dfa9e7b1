package org.sepakat.improvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * A repeat of what raised an opportunity, recorded on it while it is open (SLM-8, issue 11 §1): the
 * record where it recurred (e.g. the next month's {@code PeriodReport}), a reference a person can
 * read, what was found there and when it was recorded.
 */
@Embeddable
public class Occurrence {

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "reference", nullable = false, length = 200)
    private String reference;

    @Column(name = "detail", length = ImprovementOpportunity.TEXT_MAX)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected Occurrence() {}

    public Occurrence(String recordType, Long recordId, String reference, String detail, Instant occurredAt) {
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = Objects.requireNonNull(recordId);
        this.reference = Objects.requireNonNull(reference);
        this.detail = detail;
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getReference() {
        return reference;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
