package org.sepakat.risk.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.risk.entity.ClosureData;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskFinding;
import org.sepakat.risk.entity.RiskStatus;
import org.sepakat.risk.entity.TreatmentData;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;

/**
 * The risk register (SUP-7): everyone reads it (a relationship manager only the risks of the
 * customers in his scope); the supplier and service level managers and the administrator treat and
 * close risks; the alignment check opens and reconciles them through {@link #raise} and
 * {@link #reconcile}; what the check records is in the name of {@link #ALIGNMENT_CHECK}.
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
public class Risks {

    /**
     * Who the history names for what the alignment check records (risks opened, found again, found
     * aligned): the check itself, a system actor, not the administrator identity it runs under.
     */
    public static final String ALIGNMENT_CHECK = "alignment-check";

    private static final Logger LOG = Logger.getLogger(Risks.class.getName());
    private static final List<RiskStatus> NOT_CLOSED = List.of(RiskStatus.OPEN, RiskStatus.TREATED);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    StaffDirectory staff;

    @Inject
    CustomerScope scope;

    @Inject
    RiskOpening opening;

    @Inject
    Clock clock;

    /**
     * Filters: status, owner, treatment, likelihood, impact (exact); text (number or title
     * contains); aligned=true|false (a later check found it aligned, or not); closed=true|false.
     */
    public Page<Risk> list(PageRequest request) {
        VisibleCustomers visible = scope.ofCaller();
        return PagedQuery.of(em, Risk.class)
                .sortable(
                        "number",
                        "title",
                        "status",
                        "owner",
                        "treatment",
                        "likelihood",
                        "impact",
                        "reviewOn",
                        "slaReference",
                        "alignedSince",
                        "changedAt")
                .defaultSort("changedAt", false)
                .equalsFilter("status", "status")
                .equalsFilter("owner", "owner")
                .equalsFilter("treatment", "treatment")
                .equalsFilter("likelihood", "likelihood")
                .equalsFilter("impact", "impact")
                .filter("text", Risks::numberOrTitleContains)
                .filter(
                        "aligned",
                        (cb, root, value) -> yes(value)
                                ? cb.isNotNull(root.get("alignedSince"))
                                : cb.isNull(root.get("alignedSince")))
                .filter(
                        "closed",
                        (cb, root, value) -> yes(value)
                                ? cb.equal(root.get("status"), RiskStatus.CLOSED)
                                : root.get("status").in(NOT_CLOSED))
                .where((cb, root) -> visible.all()
                        ? cb.conjunction()
                        : cb.or(cb.isNull(root.get("customerId")), visible.admits(cb, root.get("customerId"))))
                .fetch(request);
    }

    /** One risk; one of a customer the caller may not see is "not found", like an unknown id. */
    public Risk find(Long id) {
        Risk risk = Records.require(em, Risk.class, id);
        if (risk.getCustomerId() != null && !scope.ofCaller().includes(risk.getCustomerId())) {
            throw new RecordNotFound(Risk.class.getSimpleName(), id);
        }
        return risk;
    }

    /**
     * Opens a risk for the finding, or, when one is open for its source key, updates its finding
     * (and clears aligned_since: it is misaligned again). Never a second open risk for one key: a
     * new risk is written in a transaction of its own, and when another server wrote one for the
     * same key first, that one is returned. The new risk stays even if the caller's work rolls back
     * afterwards: the misalignment was found.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public Risk raise(RiskFinding finding) {
        return raise(finding, history.currentUser());
    }

    private Risk raise(RiskFinding finding, String actor) {
        if (finding == null) {
            throw InvalidInput.of("sourceKey", "error.risk.findingRequired");
        }
        input.valid(finding);
        Optional<Risk> open = openFor(finding.sourceKey());
        if (open.isPresent()) {
            return history.changeBy(actor, open.get(), risk -> risk.foundAgain(finding));
        }
        String owner = knownOwner(finding.owner());
        try {
            Risk opened = em.find(Risk.class, opening.open(finding, owner, actor));
            LOG.info(() -> "Risk " + opened.getNumber() + " opened for " + finding.sourceKey() + " by " + actor);
            return opened;
        } catch (PersistenceException | EJBException lost) {
            // another server opened it between the look-up and the insert: the unique open key refused ours
            return history.changeBy(
                    actor, openFor(finding.sourceKey()).orElseThrow(() -> lost), risk -> risk.foundAgain(finding));
        }
    }

    /**
     * For every risk not closed whose source key starts with {@code keyPrefix} and is not among the
     * keys of {@code stillFound}: records that a later check found it aligned (aligned_since = now,
     * aligned_evidence = evidence); raises every finding in {@code stillFound}. One call per checked
     * SLA. Returns the risks found aligned, then those raised, in the order given.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public List<Risk> reconcile(String keyPrefix, List<RiskFinding> stillFound, String evidence) {
        if (keyPrefix == null || keyPrefix.isBlank()) {
            throw InvalidInput.of("keyPrefix", "error.risk.prefixRequired");
        }
        if (evidence == null || evidence.isBlank()) {
            throw InvalidInput.of("evidence", "error.risk.alignedEvidenceRequired");
        }
        List<RiskFinding> findings = stillFound == null ? List.of() : stillFound;
        Set<String> found = findings.stream().map(RiskFinding::sourceKey).collect(Collectors.toSet());
        Instant now = clock.instant();
        List<Risk> touched = new ArrayList<>();
        em.createNamedQuery(Risk.FIND_OPEN_BY_PREFIX, Risk.class)
                .setParameter("prefix", likePrefix(keyPrefix))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .sorted(Comparator.comparing(Risk::getId))
                .filter(risk -> !found.contains(risk.getSourceKey()) && !risk.isAligned())
                .forEach(risk ->
                        touched.add(history.changeBy(ALIGNMENT_CHECK, risk, r -> r.foundAligned(now, evidence))));
        findings.forEach(finding -> touched.add(raise(finding, ALIGNMENT_CHECK)));
        return touched;
    }

    /**
     * The risks not closed whose source key starts with {@code keyPrefix} (the findings of one SLA's
     * alignment check), those of customers the caller may not see left out: to link each finding to
     * its risk.
     */
    public List<Risk> openUnder(String keyPrefix) {
        if (keyPrefix == null || keyPrefix.isBlank()) {
            throw InvalidInput.of("keyPrefix", "error.risk.prefixRequired");
        }
        VisibleCustomers visible = scope.ofCaller();
        return em.createNamedQuery(Risk.FIND_OPEN_BY_PREFIX, Risk.class)
                .setParameter("prefix", likePrefix(keyPrefix))
                .getResultStream()
                .filter(risk -> risk.getCustomerId() == null || visible.includes(risk.getCustomerId()))
                .toList();
    }

    /** Assesses and treats a risk; see {@link Risk#treat} for the rules. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public Risk treat(Long id, TreatmentData data) {
        input.valid(data);
        LocalDate today = LocalDate.now(clock);
        return history.change(asRead(id, data.version()), risk -> risk.treat(data, today));
    }

    /** Closes a risk with its evidence; a closed risk is read-only. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    public Risk close(Long id, ClosureData data) {
        input.valid(data);
        return history.change(asRead(id, data.version()), risk -> risk.close(data.evidence()));
    }

    private Risk asRead(Long id, Long version) {
        find(id);
        return Records.asRead(em, Risk.class, id, version);
    }

    /**
     * As stored now, and locked until the caller's transaction ends: two checks finding the same
     * misalignment at once update its finding one after the other, never as a lost concurrent edit.
     */
    private Optional<Risk> openFor(String key) {
        return em.createNamedQuery(Risk.FIND_OPEN_BY_KEY, Risk.class)
                .setParameter("key", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private String knownOwner(String username) {
        String trimmed = username.trim();
        return staff.byUsername(trimmed)
                .orElseThrow(() -> InvalidInput.of("owner", "error.risk.ownerUnknown", trimmed))
                .getUsername();
    }

    private static boolean yes(String value) {
        return "true".equalsIgnoreCase(value);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The named query's LIKE escapes with '!': a key holds backslashes more readily than exclamation marks. */
    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static Predicate numberOrTitleContains(CriteriaBuilder cb, Root<?> root, String value) {
        String pattern = "%" + escapeLike(value.toLowerCase(Locale.ROOT)) + "%";
        return cb.or(
                cb.like(cb.lower(root.<String>get("number")), pattern, '\\'),
                cb.like(cb.lower(root.<String>get("title")), pattern, '\\'));
    }
}
