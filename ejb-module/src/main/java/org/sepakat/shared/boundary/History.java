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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sepakat.shared.entity.Changes;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

/**
 * The append-only history of every record. Boundaries call the record methods inside
 * their own transaction, so a change and its history are stored together or not at all.
 */
@Stateless
public class History {

    static final String SYSTEM_USER = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

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
        record.stampCreated(currentUser(), clock.instant());
        em.persist(record);
        em.flush();
        write(record, ChangeKind.CREATED, Map.of(), record.auditState());
        return record;
    }

    /** Writes one line per field that differs from {@code before}; stamps the record if any did. */
    @PermitAll
    public void changed(AuditedEntity record, Map<String, String> before) {
        Map<String, String> after = record.auditState();
        if (!Changes.between(before, after).isEmpty()) {
            record.stampChanged(currentUser(), clock.instant());
            write(record, ChangeKind.CHANGED, before, after);
        }
    }

    /**
     * Applies a change to a record, counts it as a new version even when only its relations
     * changed, and writes the history of what differs.
     */
    @PermitAll
    public <T extends AuditedEntity> T change(T record, Consumer<T> action) {
        Map<String, String> before = record.auditState();
        action.accept(record);
        em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changed(record, before);
        return record;
    }

    @PermitAll
    public void deleted(AuditedEntity record) {
        write(record, ChangeKind.DELETED, record.auditState(), Map.of());
        em.remove(record);
    }

    private void write(AuditedEntity record, ChangeKind kind, Map<String, String> before, Map<String, String> after) {
        String user = currentUser();
        var now = clock.instant();
        for (Changes.Change change : Changes.between(before, after)) {
            em.persist(new HistoryEntry(record, kind, change.field(), change.oldValue(), change.newValue(), user, now));
        }
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER,
        Roles.SUPPLIER_MANAGER, Roles.AUDITOR})
    public List<HistoryEntry> of(String recordType, Long recordId) {
        return em.createNamedQuery(HistoryEntry.FIND_BY_RECORD, HistoryEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /** The auditor's search over the whole history: by record type, key, user, field. */
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
                .fetch(request);
    }
}
