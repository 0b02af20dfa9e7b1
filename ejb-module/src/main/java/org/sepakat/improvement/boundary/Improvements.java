package org.sepakat.improvement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.sepakat.improvement.control.ImprovementNotices;
import org.sepakat.improvement.control.OpportunityInserts;
import org.sepakat.improvement.entity.ImprovementData;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementRequest;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.Occurrence;
import org.sepakat.improvement.entity.OutcomeData;
import org.sepakat.improvement.entity.RejectionData;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notice;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.IdBlocks;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;

/**
 * The improvement register: everyone reads it; the managers and the administrator record
 * and work the opportunities; the auditor only reads. Other components' boundaries feed it
 * through {@link #raise}.
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Improvements {

    private static final Logger LOG = Logger.getLogger(Improvements.class.getName());
    private static final List<ImprovementStatus> NOT_CLOSED =
            List.of(ImprovementStatus.OPEN, ImprovementStatus.IN_PROGRESS);
    private static final List<ImprovementStatus> CLOSED = List.of(ImprovementStatus.DONE, ImprovementStatus.REJECTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    IdBlocks ids;

    @Inject
    CustomerScope scope;

    @Inject
    Notifications notifications;

    /**
     * Filters: status, sourceKind, owner, priority (exact); text (number or title contains);
     * overdue=true (due before today and not closed); closed=true|false; sourceReference
     * (contains); sourceRecordType and sourceRecordId (the record that raised it).
     */
    public Page<ImprovementOpportunity> list(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        VisibleCustomers visible = scope.ofCaller();
        return PagedQuery.of(em, ImprovementOpportunity.class)
                .sortable("number", "title", "status", "priority", "owner", "dueOn", "source.kind", "changedAt")
                .defaultSort("dueOn", true)
                .equalsFilter("status", "status")
                .equalsFilter("sourceKind", "source.kind")
                .equalsFilter("owner", "owner")
                .equalsFilter("priority", "priority")
                .textFilter("sourceReference", "source.reference")
                .equalsFilter("sourceRecordType", "source.recordType")
                .equalsFilter("sourceRecordId", "source.recordId")
                .filter("text", Improvements::numberOrTitleContains)
                .filter(
                        "overdue",
                        (cb, root, value) -> yes(value)
                                ? cb.and(
                                        cb.lessThan(root.<LocalDate>get("dueOn"), today),
                                        root.get("status").in(NOT_CLOSED))
                                : cb.conjunction())
                .filter("closed", (cb, root, value) -> root.get("status").in(yes(value) ? CLOSED : NOT_CLOSED))
                .where((cb, root) -> visible.all()
                        ? cb.conjunction()
                        : cb.or(cb.isNull(root.get("customerId")), visible.admits(cb, root.get("customerId"))))
                .fetch(request);
    }

    /** One opportunity; one raised for a customer the caller may not see is "not found", like an unknown id. */
    public ImprovementOpportunity find(Long id) {
        ImprovementOpportunity opportunity = visible(Records.require(em, ImprovementOpportunity.class, id));
        opportunity.getOccurrences().size(); // read with it: the page and the API show them
        return opportunity;
    }

    /**
     * Recorded by a person. Only a process links an opportunity to the record that raised it (see
     * {@link #raise}): a link entered by hand is refused, naming the field, as it could pre-empt
     * the genuine follow-up of that record.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    public ImprovementOpportunity create(ImprovementData data) {
        input.valid(data);
        ImprovementSource source = ImprovementSource.enteredByHand(
                data.sourceKind(), data.sourceReference(), data.sourceRecordType(), data.sourceRecordId());
        ImprovementOpportunity stored = store(new ImprovementOpportunity(
                source,
                data.title().trim(),
                data.description().trim(),
                knownOwner(data.owner()),
                data.dueOn(),
                data.priority()));
        notifications.tell(ImprovementNotices.assigned(stored, null, history.currentUser()));
        return stored;
    }

    /**
     * The entry point for the processes that find improvement opportunities: a missed target
     * (SLM-8), a satisfaction result (BRM-9), a complaint, a supplier shortfall, a review. Called
     * by those components' boundaries in their own transaction, under their caller's identity; a
     * scheduled process runs as a role that may write here. While an opportunity raised from the
     * same record that a process raised is still open, that one is returned instead of a second.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    public ImprovementOpportunity raise(
            ImprovementSource source, String title, String description, String owner, LocalDate due) {
        return Records.require(
                em,
                ImprovementOpportunity.class,
                raiseAll(List.of(new ImprovementRequest(source, title, description, owner, due, null)))
                        .get(0));
    }

    /**
     * {@link #raise} for many at once, in the order asked (a review run raises one per missed
     * report): one query finds the opportunities still open for the same records, each owner is
     * looked up once, and the new ones and their history are written as JDBC batches in the
     * caller's transaction. Nothing is stored if one of them is invalid. Returns the ids.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    public List<Long> raiseAll(List<ImprovementRequest> requests) {
        Map<String, Long> open = openFor(requests);
        Map<String, ImprovementOpportunity> repeated = openForRepeats(requests);
        Map<String, String> owners = new HashMap<>();
        List<Long> raised = new ArrayList<>();
        List<ImprovementOpportunity> created = new ArrayList<>();
        // repeats are recorded after the new opportunities' ids are reserved: a single change takes its history
        // id from the JPA generator, whose row lock an id reservation (its own transaction) would wait for
        List<Map.Entry<ImprovementOpportunity, Occurrence>> recurrences = new ArrayList<>();
        String user = history.currentUser();
        var now = clock.instant();
        for (ImprovementRequest request : requests) {
            ImprovementSource source = request.source();
            if (source == null) {
                throw InvalidInput.of("sourceKind", "error.improvement.sourceRequired");
            }
            String key = key(source.getKind(), source.getRecordType(), source.getRecordId(), source.getLine());
            if (open.containsKey(key)) {
                raised.add(open.get(key));
                continue;
            }
            ImprovementOpportunity repeat = request.repeatOf() == null
                    ? null
                    : repeated.get(key(source.getKind(), source.getRecordType(), request.repeatOf(), source.getLine()));
            if (repeat != null) {
                Occurrence occurrence = new Occurrence(
                        source.getRecordType(),
                        source.getRecordId(),
                        source.getReference(),
                        request.description() == null
                                ? null
                                : request.description().trim(),
                        now);
                recurrences.add(Map.entry(repeat, occurrence));
                raised.add(repeat.getId());
                open.put(key, repeat.getId());
                continue;
            }
            input.valid(new ImprovementData(
                    request.title(),
                    request.description(),
                    source.getKind(),
                    source.getReference(),
                    source.getRecordType(),
                    source.getRecordId(),
                    request.owner(),
                    request.due(),
                    ImprovementPriority.MEDIUM,
                    null));
            ImprovementOpportunity opportunity = ImprovementOpportunity.raised(
                    source,
                    request.title().trim(),
                    request.description().trim(),
                    owners.computeIfAbsent(request.owner(), this::knownOwner),
                    request.due(),
                    request.customerId());
            opportunity.stampCreated(user, now);
            created.add(opportunity);
            raised.add(null);
        }
        long id = ids.reserve(created.size());
        for (ImprovementOpportunity opportunity : created) {
            opportunity.storedAs(id++);
        }
        OpportunityInserts.insert(em.unwrap(Connection.class), created);
        history.createdAll(created);
        recurrences.forEach(r -> history.change(r.getKey(), o -> o.recur(r.getValue())));
        for (int i = 0, next = 0; i < raised.size(); i++) {
            if (raised.get(i) == null) {
                raised.set(i, created.get(next++).getId());
            }
        }
        LOG.info(() -> created.size() + " improvement(s) raised by " + user
                + (created.size() == 1 ? ": " + created.get(0).getNumber() : ""));
        return raised;
    }

    /** The opportunities processes raised that are still open for the requests' source records, by kind, record type and id. */
    private Map<String, Long> openFor(List<ImprovementRequest> requests) {
        Map<String, List<Long>> idsByType = new HashMap<>();
        for (ImprovementRequest request : requests) {
            if (request.source() != null && request.source().getRecordType() != null) {
                idsByType
                        .computeIfAbsent(request.source().getRecordType(), type -> new ArrayList<>())
                        .add(request.source().getRecordId());
            }
        }
        Map<String, Long> open = new HashMap<>();
        idsByType.forEach((type, ids) -> InChunks.each(
                ids,
                chunk -> em.createNamedQuery(
                                ImprovementOpportunity.FIND_OPEN_BY_SOURCE_RECORDS, ImprovementOpportunity.class)
                        .setParameter("recordType", type)
                        .setParameter("recordIds", chunk)
                        .getResultStream()
                        .forEach(o -> open.put(
                                key(
                                        o.getSource().getKind(),
                                        type,
                                        o.getSource().getRecordId(),
                                        o.getSource().getLine()),
                                o.getId()))));
        return open;
    }

    /**
     * The open opportunities about a line that the requests' {@code repeatOf} records raised or
     * recurred in, by kind, record type, each such record's id and line: a repeat is recorded on them.
     */
    private Map<String, ImprovementOpportunity> openForRepeats(List<ImprovementRequest> requests) {
        Map<String, List<Long>> idsByType = new HashMap<>();
        for (ImprovementRequest request : requests) {
            if (request.repeatOf() != null
                    && request.source() != null
                    && request.source().getRecordType() != null
                    && request.source().getLine() != null) {
                idsByType
                        .computeIfAbsent(request.source().getRecordType(), type -> new ArrayList<>())
                        .add(request.repeatOf());
            }
        }
        Map<String, ImprovementOpportunity> open = new HashMap<>();
        idsByType.forEach((type, ids) -> InChunks.each(
                ids.stream().distinct().toList(),
                chunk -> em.createNamedQuery(
                                ImprovementOpportunity.FIND_OPEN_BY_LINE_RECORDS, ImprovementOpportunity.class)
                        .setParameter("recordType", type)
                        .setParameter("recordIds", chunk)
                        .getResultStream()
                        .forEach(o -> {
                            ImprovementSource source = o.getSource();
                            open.putIfAbsent(key(source.getKind(), type, source.getRecordId(), source.getLine()), o);
                            o.getOccurrences()
                                    .forEach(again -> open.putIfAbsent(
                                            key(
                                                    source.getKind(),
                                                    again.getRecordType(),
                                                    again.getRecordId(),
                                                    source.getLine()),
                                            o));
                        })));
        return open;
    }

    private static String key(SourceKind kind, String recordType, Long recordId, String line) {
        return kind + "|" + recordType + "|" + recordId + "|" + line;
    }

    /** Changes what the opportunity is about, its owner, due date and priority; the source stays. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    public ImprovementOpportunity update(Long id, ImprovementData data) {
        input.valid(data);
        ImprovementOpportunity opportunity = asRead(id, data.version());
        ImprovementSource source = new ImprovementSource(
                        data.sourceKind(), data.sourceReference(), data.sourceRecordType(), data.sourceRecordId())
                .withLine(opportunity.getSource().getLine());
        if (!source.equals(opportunity.getSource())) {
            throw InvalidInput.of("sourceKind", "error.improvement.sourceFixed", opportunity.getNumber());
        }
        String owner = knownOwner(data.owner());
        String previousOwner = opportunity.getOwner();
        ImprovementOpportunity changed = history.change(opportunity, o -> {
            o.describe(data.title().trim(), data.description().trim(), data.priority());
            o.assign(owner, data.dueOn());
        });
        notifications.tell(ImprovementNotices.assigned(changed, previousOwner, history.currentUser()));
        return changed;
    }

    /**
     * Tells each owner of an opportunity still open after its due date (issue 12 §2), once per opportunity and
     * due date: the daily timer of every server calls it, and a moved due date is told again when it passes.
     * Returns how many were told now.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int tellOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<Notice> notices = new ArrayList<>();
        em.createNamedQuery(ImprovementOpportunity.FIND_OVERDUE, ImprovementOpportunity.class)
                .setParameter("today", today)
                .setParameter("open", NOT_CLOSED)
                .getResultList()
                .forEach(o -> notices.addAll(ImprovementNotices.overdue(o, today)));
        int told = notifications.notifyAll(notices).size();
        LOG.fine(() -> notices.size() + " overdue improvement opportunities, " + told + " told now");
        return told;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    public ImprovementOpportunity start(Long id, long version) {
        return history.change(asRead(id, version), ImprovementOpportunity::start);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    public ImprovementOpportunity complete(Long id, OutcomeData data) {
        input.valid(data);
        return history.change(asRead(id, data.version()), o -> o.complete(data.outcome()));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    public ImprovementOpportunity reject(Long id, RejectionData data) {
        input.valid(data);
        return history.change(asRead(id, data.version()), o -> o.reject(data.reason()));
    }

    /** The opportunity as the caller read it, if the caller may see it at all. */
    private ImprovementOpportunity asRead(Long id, Long version) {
        find(id);
        return Records.asRead(em, ImprovementOpportunity.class, id, version);
    }

    private ImprovementOpportunity visible(ImprovementOpportunity opportunity) {
        if (opportunity.getCustomerId() != null && !scope.ofCaller().includes(opportunity.getCustomerId())) {
            throw new RecordNotFound(ImprovementOpportunity.class.getSimpleName(), opportunity.getId());
        }
        return opportunity;
    }

    private ImprovementOpportunity store(ImprovementOpportunity opportunity) {
        ImprovementOpportunity stored = history.created(opportunity);
        LOG.info(() -> "Improvement " + stored.getNumber() + " ("
                + stored.getSource().getKind() + ") recorded by " + history.currentUser());
        return stored;
    }

    /** The owner must be a member of staff the directory knows. */
    private String knownOwner(String username) {
        String trimmed = username == null ? "" : username.trim();
        return staff.byUsername(trimmed)
                .orElseThrow(() -> InvalidInput.of("owner", "error.improvement.ownerUnknown", trimmed))
                .getUsername();
    }

    private static boolean yes(String value) {
        return "true".equalsIgnoreCase(value);
    }

    private static Predicate numberOrTitleContains(CriteriaBuilder cb, Root<?> root, String value) {
        String pattern = "%"
                + value.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return cb.or(
                cb.like(cb.lower(root.<String>get("number")), pattern, '\\'),
                cb.like(cb.lower(root.<String>get("title")), pattern, '\\'));
    }
}
