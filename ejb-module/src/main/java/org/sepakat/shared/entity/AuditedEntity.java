package org.sepakat.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every record users edit: a generated id, the optimistic-lock version and who created
 * and last changed it. Subclasses describe themselves for the history through
 * {@link #auditState()}.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    /** One table-backed generator: portable across Derby and PostgreSQL. */
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** Marks a new record; called once, by the audit trail, before it is stored. */
    public void stampCreated(String user, Instant at) {
        this.createdBy = Objects.requireNonNull(user);
        this.createdAt = Objects.requireNonNull(at);
        this.changedBy = user;
        this.changedAt = at;
    }

    /**
     * For the processes that store records in bulk over JDBC rather than through the entity
     * manager (see {@code BulkInsert}): the id reserved for this new record and its first version.
     * The object then stands for the stored row, detached.
     */
    public void storedAs(long reservedId) {
        if (id != null) {
            throw new IllegalStateException(auditType() + " " + id + " is stored already");
        }
        this.id = reservedId;
        this.version = 1;
    }

    public void stampChanged(String user, Instant at) {
        this.changedBy = Objects.requireNonNull(user);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** Refuses a write based on an older read of this record. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentEdit(auditType(), auditKey());
        }
    }

    /** The kind of record as the history names it. */
    public String auditType() {
        return getClass().getSimpleName();
    }

    /** The business key (code, reference, user name) the history shows beside the id. */
    public abstract String auditKey();

    /** Field name to display value, in a stable order; the history compares two of these. */
    public abstract Map<String, String> auditState();
}
