package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One received version of a service record: the record as one delivery left it, who delivered
 * it, when, through which channel, and the fields it changed from the version before (none for the
 * first). Written once, in the delivery's transaction, and never changed; the record's current
 * state stays in its own table, which normal reviews read.
 */
@MappedSuperclass
public abstract class RecordVersion {

    @Id
    private Long id;

    /** The record's own version number ({@code @Version} of the record after the delivery). */
    @Column(name = "version_no", nullable = false)
    private long number;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    /** The changed fields' names, comma-separated; empty for a record's first version. */
    @Column(name = "changed_fields", length = 300)
    private String changedFields;

    protected RecordVersion() {}

    /** The record's id; the version's kind names the record's table. */
    public abstract Long getRecordId();

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Channel getChannel() {
        return channel;
    }

    /** The fields this version changed; empty for the first version (the record was created). */
    public List<String> getChanged() {
        return changedFields == null || changedFields.isBlank() ? List.of() : Arrays.asList(changedFields.split(","));
    }

    /** Joins field names the way the column keeps them. */
    public static String fields(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join(",", names);
    }
}
