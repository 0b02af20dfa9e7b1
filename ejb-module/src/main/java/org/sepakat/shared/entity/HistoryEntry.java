package org.sepakat.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only history: who changed which field of which record, when,
 * from what to what. Has no setters; nothing updates or deletes it.
 */
@Entity
@Table(name = "shared_history")
@NamedQuery(
        name = HistoryEntry.FIND_BY_RECORD,
        query =
                "SELECT h FROM HistoryEntry h WHERE h.recordType = :type AND h.recordId = :id ORDER BY h.changedAt DESC, h.id DESC")
public class HistoryEntry {

    public static final String FIND_BY_RECORD = "HistoryEntry.findByRecord";
    static final int VALUE_LENGTH = 2000;
    /** The longest key is a contact's: its customer's code (30), "/" and its name (200). */
    static final int KEY_LENGTH = 250;
    /** A field of a record, or one of an SLA's lines: "maintenance: " and a name of up to 200 characters. */
    static final int FIELD_LENGTH = 250;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "record_key", length = KEY_LENGTH)
    private String recordKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 10)
    private ChangeKind changeKind;

    @Column(name = "field_name", length = FIELD_LENGTH)
    private String fieldName;

    @Column(name = "old_value", length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    private String newValue;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected HistoryEntry() {}

    public HistoryEntry(
            AuditedEntity record,
            ChangeKind kind,
            String fieldName,
            String oldValue,
            String newValue,
            String changedBy,
            Instant changedAt) {
        this.recordType = record.auditType();
        this.recordId = Objects.requireNonNull(record.getId(), "record must be stored first");
        this.recordKey = clip(record.auditKey(), KEY_LENGTH);
        this.changeKind = Objects.requireNonNull(kind);
        this.fieldName = fieldName;
        this.oldValue = clip(oldValue, VALUE_LENGTH);
        this.newValue = clip(newValue, VALUE_LENGTH);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    /** The history shows long texts shortened with an ellipsis; the record itself keeps them whole. */
    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public ChangeKind getChangeKind() {
        return changeKind;
    }

    public String getFieldName() {
        return fieldName;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
