package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Base of every measured record: delivered by another system under its own external id (posting
 * the same id again updates the record), stamped with when and by whom it was last received.
 * Measured data is evidence, not a document users edit: instead of a field history, every received
 * version is kept as a {@link RecordVersion}, which a report's reproduction reads.
 */
@MappedSuperclass
public abstract class ReceivedRecord {

    @Id
    @TableGenerator(
            name = "sepakatIds",
            table = "sepakat_ids",
            pkColumnName = "id_name",
            valueColumnName = "next_value",
            pkColumnValue = "sepakat",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @Version
    private long version;

    @Column(name = "external_id", nullable = false, unique = true, length = 100)
    private String externalId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    protected ReceivedRecord() {}

    protected ReceivedRecord(String externalId) {
        this.externalId = Objects.requireNonNull(externalId);
    }

    public void received(String user, Instant at) {
        this.receivedBy = Objects.requireNonNull(user);
        this.receivedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getExternalId() {
        return externalId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }
}
