package org.sepakat.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.Changes;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;
import org.sepakat.shared.persistence.IdBlocks;
import org.sepakat.shared.persistence.PagedQuery;

/**
 * The append-only history of every record. Boundaries call the record methods inside
 * their own transaction, so a change and its history are stored together or not at all.
 */
@Stateless
public class History {

    static final String SYSTEM_USER = "system";
    private static final BulkTable ENTRIES = BulkTable.of(HistoryEntry.class, "shared_history")
            .column("id", Types.BIGINT)
            .column("record_type", Types.VARCHAR)
            .column("record_id", Types.BIGINT)
            .column("record_key", Types.VARCHAR)
            .column("change_kind", Types.VARCHAR)
            .column("field_name", Types.VARCHAR)
            .column("old_value", Types.VARCHAR)
            .column("new_value", Types.VARCHAR)
            .column("changed_by", Types.VARCHAR)
            .column("changed_at", Types.TIMESTAMP);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    IdBlocks ids;

    @PermitAll
    public String currentUser() {
        Principal caller = session.getCallerPrincipal();
        if (caller == null || caller.getName() == null || "UNAUTHENTICATED".equals(caller.getName())) {
            return SYSTEM_USER;
        }
        return caller.getName();
    }

    /** Stores a new record and writes one history line per filled field. */
    @PermitAll
    public <T extends AuditedEntity> T created(T record) {
        return createdBy(currentUser(), record);
    }

    /**
     * {@link #created} in the name of a check the system runs rather than of the signed-in user
     * (e.g. the alignment check, which runs under the scheduler's identity): its history says so.
     */
    @PermitAll
    public <T extends AuditedEntity> T createdBy(String actor, T record) {
        record.stampCreated(actor, clock.instant());
        em.persist(record);
        em.flush();
        write(record, ChangeKind.CREATED, Map.of(), record.auditState(), actor);
        return record;
    }

    /**
     * The history of many new records that a process has just stored in bulk over JDBC (a review
     * run, see {@link org.sepakat.shared.persistence.BulkInsert}): one line per filled field, written as JDBC batches in the
     * caller's transaction. The records carry their ids and creation stamps already.
     */
    @PermitAll
    public void createdAll(List<? extends AuditedEntity> records) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (AuditedEntity record : records) {
            for (Changes.Change change : Changes.between(Map.of(), record.auditState())) {
                entries.add(new HistoryEntry(
                        record,
                        ChangeKind.CREATED,
                        change.field(),
                        change.oldValue(),
                        change.newValue(),
                        record.getCreatedBy(),
                        record.getCreatedAt()));
            }
        }
        long id = ids.reserve(entries.size());
        try (BulkInsert insert = BulkInsert.into(em.unwrap(Connection.class), ENTRIES)) {
            for (HistoryEntry entry : entries) {
                insert.row(
                        id++,
                        entry.getRecordType(),
                        entry.getRecordId(),
                        entry.getRecordKey(),
                        entry.getChangeKind(),
                        entry.getFieldName(),
                        entry.getOldValue(),
                        entry.getNewValue(),
                        entry.getChangedBy(),
                        entry.getChangedAt());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the history of " + records.size() + " new records could not be stored", e);
        }
    }

    /** Writes one line per field that differs from {@code before}; stamps the record if any did. */
    @PermitAll
    public void changed(AuditedEntity record, Map<String, String> before) {
        changedBy(currentUser(), record, before);
    }

    private void changedBy(String actor, AuditedEntity record, Map<String, String> before) {
        Map<String, String> after = record.auditState();
        if (!Changes.between(before, after).isEmpty()) {
            record.stampChanged(actor, clock.instant());
            write(record, ChangeKind.CHANGED, before, after, actor);
        }
    }

    /**
     * Applies a change to a record, counts it as a new version even when only its relations
     * changed, and writes the history of what differs. A change that leaves the record as it was
     * (a client writing back what it read) is no new version.
     */
    @PermitAll
    public <T extends AuditedEntity> T change(T record, Consumer<T> action) {
        return changeBy(currentUser(), record, action);
    }

    /** {@link #change} in the name of a check the system runs (see {@link #createdBy}). */
    @PermitAll
    public <T extends AuditedEntity> T changeBy(String actor, T record, Consumer<T> action) {
        Map<String, String> before = record.auditState();
        action.accept(record);
        if (!Changes.between(before, record.auditState()).isEmpty()) {
            em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        changedBy(actor, record, before);
        return record;
    }

    @PermitAll
    public void deleted(AuditedEntity record) {
        write(record, ChangeKind.DELETED, record.auditState(), Map.of(), currentUser());
        em.remove(record);
    }

    private void write(
            AuditedEntity record, ChangeKind kind, Map<String, String> before, Map<String, String> after, String user) {
        var now = clock.instant();
        for (Changes.Change change : Changes.between(before, after)) {
            em.persist(new HistoryEntry(record, kind, change.field(), change.oldValue(), change.newValue(), user, now));
        }
    }

    @RolesAllowed({
        Roles.ADMINISTRATOR,
        Roles.RELATIONSHIP_MANAGER,
        Roles.SERVICE_LEVEL_MANAGER,
        Roles.SUPPLIER_MANAGER,
        Roles.AUDITOR
    })
    public List<HistoryEntry> of(String recordType, Long recordId) {
        return em.createNamedQuery(HistoryEntry.FIND_BY_RECORD, HistoryEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /**
     * The auditor's search over the whole history: by record type, key, user, field, and a time
     * range from {@code changedFrom} (inclusive) to {@code changedBefore} (exclusive).
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
    public Page<HistoryEntry> search(PageRequest request) {
        return PagedQuery.of(em, HistoryEntry.class)
                .sortable("changedAt", "recordType", "recordKey", "changedBy", "fieldName")
                .defaultSort("changedAt", false)
                .equalsFilter("recordType", "recordType")
                .equalsFilter("changeKind", "changeKind")
                .textFilter("recordKey", "recordKey")
                .textFilter("changedBy", "changedBy")
                .textFilter("fieldName", "fieldName")
                .filter(
                        "changedFrom",
                        (cb, root, value) ->
                                cb.greaterThanOrEqualTo(root.<Instant>get("changedAt"), moment("changedFrom", value)))
                .filter(
                        "changedBefore",
                        (cb, root, value) ->
                                cb.lessThan(root.<Instant>get("changedAt"), moment("changedBefore", value)))
                .fetch(request);
    }

    /** A bound of the searched time range, e.g. {@code 2026-12-01T00:00:00Z}. */
    private static Instant moment(String filter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(filter, "error.filter.value", value);
        }
    }
}
