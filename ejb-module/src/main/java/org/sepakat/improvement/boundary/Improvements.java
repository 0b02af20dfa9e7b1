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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.sepakat.improvement.entity.ImprovementData;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.OutcomeData;
import org.sepakat.improvement.entity.RejectionData;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.boundary.PagedQuery;
import org.sepakat.shared.boundary.Records;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

/**
 * The improvement register: everyone reads it; the managers and the administrator record
 * and work the opportunities; the auditor only reads. Other components' boundaries feed it
 * through {@link #raise}.
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER, Roles.AUDITOR})
public class Improvements {

    private static final Logger LOG = Logger.getLogger(Improvements.class.getName());
    private static final List<ImprovementStatus> NOT_CLOSED = List.of(ImprovementStatus.OPEN, ImprovementStatus.IN_PROGRESS);
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

    /**
     * Filters: status, sourceKind, owner, priority (exact); text (number or title contains);
     * overdue=true (due before today and not closed); closed=true|false; sourceReference
     * (contains); sourceRecordType and sourceRecordId (the record that raised it).
     */
    public Page<ImprovementOpportunity> list(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
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
                .filter("overdue", (cb, root, value) -> yes(value)
                        ? cb.and(cb.lessThan(root.<LocalDate>get("dueOn"), today), root.get("status").in(NOT_CLOSED))
                        : cb.conjunction())
                .filter("closed", (cb, root, value) -> root.get("status").in(yes(value) ? CLOSED : NOT_CLOSED))
                .fetch(request);
    }

    public ImprovementOpportunity find(Long id) {
        return Records.require(em, ImprovementOpportunity.class, id);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public ImprovementOpportunity create(ImprovementData data) {
        input.valid(data);
        ImprovementSource source = new ImprovementSource(data.sourceKind(), data.sourceReference(),
                data.sourceRecordType(), data.sourceRecordId());
        return store(new ImprovementOpportunity(source, data.title().trim(), data.description().trim(),
                knownOwner(data.owner()), data.dueOn(), data.priority()));
    }

    /**
     * The entry point for the processes that find improvement opportunities: a missed target
     * (SLM-8), a satisfaction result (BRM-9), a complaint, a supplier shortfall, a review. Called
     * by those components' boundaries in their own transaction, under their caller's identity; a
     * scheduled process runs as a role that may write here. While an opportunity raised from the
     * same record is still open, that one is returned instead of a second.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public ImprovementOpportunity raise(ImprovementSource source, String title, String description, String owner,
            LocalDate due) {
        if (source == null) {
            throw InvalidInput.of("sourceKind", "error.improvement.sourceRequired");
        }
        if (source.getRecordType() != null) {
            var open = em.createNamedQuery(ImprovementOpportunity.FIND_OPEN_BY_SOURCE_RECORD, ImprovementOpportunity.class)
                    .setParameter("kind", source.getKind())
                    .setParameter("recordType", source.getRecordType())
                    .setParameter("recordId", source.getRecordId())
                    .getResultStream().findFirst();
            if (open.isPresent()) {
                return open.get();
            }
        }
        ImprovementData data = new ImprovementData(title, description, source.getKind(), source.getReference(),
                source.getRecordType(), source.getRecordId(), owner, due, ImprovementPriority.MEDIUM, null);
        input.valid(data);
        return store(new ImprovementOpportunity(source, title.trim(), description.trim(), knownOwner(owner), due,
                ImprovementPriority.MEDIUM));
    }

    /** Changes what the opportunity is about, its owner, due date and priority; the source stays. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public ImprovementOpportunity update(Long id, ImprovementData data) {
        input.valid(data);
        ImprovementOpportunity opportunity = Records.asRead(em, ImprovementOpportunity.class, id, data.version());
        ImprovementSource source = new ImprovementSource(data.sourceKind(), data.sourceReference(),
                data.sourceRecordType(), data.sourceRecordId());
        if (!source.equals(opportunity.getSource())) {
            throw InvalidInput.of("sourceKind", "error.improvement.sourceFixed", opportunity.getNumber());
        }
        String owner = knownOwner(data.owner());
        return history.change(opportunity, o -> {
            o.describe(data.title().trim(), data.description().trim(), data.priority());
            o.assign(owner, data.dueOn());
        });
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public ImprovementOpportunity start(Long id, long version) {
        ImprovementOpportunity opportunity = Records.asRead(em, ImprovementOpportunity.class, id, version);
        return history.change(opportunity, ImprovementOpportunity::start);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public ImprovementOpportunity complete(Long id, OutcomeData data) {
        input.valid(data);
        ImprovementOpportunity opportunity = Records.asRead(em, ImprovementOpportunity.class, id, data.version());
        return history.change(opportunity, o -> o.complete(data.outcome()));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public ImprovementOpportunity reject(Long id, RejectionData data) {
        input.valid(data);
        ImprovementOpportunity opportunity = Records.asRead(em, ImprovementOpportunity.class, id, data.version());
        return history.change(opportunity, o -> o.reject(data.reason()));
    }

    private ImprovementOpportunity store(ImprovementOpportunity opportunity) {
        ImprovementOpportunity stored = history.created(opportunity);
        LOG.info(() -> "Improvement " + stored.getNumber() + " (" + stored.getSource().getKind() + ") recorded by "
                + history.currentUser());
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
        String pattern = "%" + value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return cb.or(cb.like(cb.lower(root.<String>get("number")), pattern, '\\'),
                cb.like(cb.lower(root.<String>get("title")), pattern, '\\'));
    }
}
