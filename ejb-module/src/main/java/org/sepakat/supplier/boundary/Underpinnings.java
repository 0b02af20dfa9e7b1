package org.sepakat.supplier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.TargetHandling;
import org.sepakat.supplier.entity.Underpinning;
import org.sepakat.supplier.entity.UnderpinningChanged;
import org.sepakat.supplier.entity.UnderpinningData;
import org.sepakat.supplier.entity.UnderpinningMap;

/**
 * SUP-7: the underpinning map of each SLA: whoever may read the SLA reads its map; service level
 * managers and the administrator replace it as a whole, at the version they read. Every replacement
 * is checked against the SLA's current targets and the agreements' targets, kept in the history, and
 * followed (after the commit) by the alignment check of the SLA.
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
public class Underpinnings {

    private static final Logger LOG = Logger.getLogger(Underpinnings.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    History history;

    @Resource
    SessionContext session;

    @Inject
    Event<UnderpinningChanged> changes;

    /** The map of an SLA the caller may read; an SLA without one has an empty map at version 0 (not stored). */
    public UnderpinningMap of(Long slaId) {
        MeasurableAgreement sla = slas.current(slaId);
        return stored(slaId)
                .orElseGet(() -> new UnderpinningMap(sla.id(), sla.identity().reference()));
    }

    /** Replaces the SLA's map as read at {@code data.version()} (0 or none: it had none). */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public UnderpinningMap replace(Long slaId, UnderpinningData data) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        MeasurableAgreement sla = slas.current(slaId);
        Set<String> slaTargets =
                new HashSet<>(sla.targets().stream().map(TargetTerm::name).toList());
        FieldProblems problems = new FieldProblems();
        List<TargetHandling> targets = targets(data.targets(), slaTargets, problems);
        List<Underpinning> entries = entries(data.entries(), slaTargets, problems);
        problems.throwIfAny();
        UnderpinningMap map = stored(slaId).orElse(null);
        if (map == null) {
            map = new UnderpinningMap(sla.id(), sla.identity().reference());
            // someone read a map that is gone, or sent a version from elsewhere: refused like a lost race
            map.checkVersion(data.version() == null ? 0 : data.version());
            map.replace(targets, entries);
            map.knowing(references(entries));
            storeFirst(map);
        } else {
            if (data.version() == null) {
                throw InvalidInput.of("version", "error.version.required");
            }
            map.checkVersion(data.version());
            map.knowing(references(map.getUnderpinnings()));
            map.knowing(references(entries));
            history.change(map, m -> m.replace(targets, entries));
        }
        UnderpinningMap replaced = map;
        LOG.info(() -> "Underpinning map of " + replaced.getSlaReference() + " replaced by " + history.currentUser());
        changes.fire(new UnderpinningChanged(sla.id()));
        return map;
    }

    /** Whether the caller may change underpinning maps, so a page offers it only then. */
    public boolean mayEdit() {
        return session.isCallerInRole(Roles.ADMINISTRATOR) || session.isCallerInRole(Roles.SERVICE_LEVEL_MANAGER);
    }

    /** The agreements that may underpin SLA targets (any status: the check says which count), by reference. */
    public List<SupplierAgreement> agreements() {
        return em.createQuery("SELECT a FROM SupplierAgreement a ORDER BY a.reference", SupplierAgreement.class)
                .getResultList();
    }

    /**
     * Stores an SLA's first map. Two users saving the first map of one SLA at once both read "none";
     * the database's unique SLA key refuses the later insert, which is then the same lost race as an
     * old version: a conflict the user is told about, not a server error.
     */
    private void storeFirst(UnderpinningMap map) {
        try {
            history.created(map);
        } catch (EJBException | PersistenceException lost) {
            if (!duplicateKey(lost)) {
                throw lost;
            }
            LOG.info(() -> "First underpinning map of " + map.getSlaReference() + " lost to another save by "
                    + history.currentUser());
            throw new ConcurrentEdit(UnderpinningMap.class.getSimpleName(), map.getSlaReference());
        }
    }

    /** A unique key refused the insert (SQLSTATE 23505 on Derby and PostgreSQL alike). */
    private static boolean duplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The references of the agreements the entries name, for the map's history. */
    private Map<Long, String> references(List<Underpinning> entries) {
        Map<Long, String> references = new HashMap<>();
        for (Underpinning entry : entries) {
            SupplierAgreement agreement = em.find(SupplierAgreement.class, entry.getAgreementId());
            if (agreement != null) {
                references.put(agreement.getId(), agreement.getReference());
            }
        }
        return references;
    }

    private Optional<UnderpinningMap> stored(Long slaId) {
        return em.createNamedQuery(UnderpinningMap.FIND_BY_SLA, UnderpinningMap.class)
                .setParameter("slaId", slaId)
                .getResultStream()
                .findFirst();
    }

    private static List<TargetHandling> targets(
            List<UnderpinningData.Need> needs, Set<String> slaTargets, FieldProblems problems) {
        List<TargetHandling> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < needs.size(); i++) {
            UnderpinningData.Need need = needs.get(i);
            String field = "targets[" + i + "].";
            if (need == null || blank(need.slaTarget())) {
                problems.add(List.of(FieldProblem.of(field + "slaTarget", "error.underpinning.slaTargetRequired")));
                continue;
            }
            String name = need.slaTarget().trim();
            int minutes = need.internalHandlingMinutes() == null ? 0 : need.internalHandlingMinutes();
            if (!slaTargets.contains(name)) {
                problems.add(
                        List.of(FieldProblem.of(field + "slaTarget", "error.underpinning.unknownSlaTarget", name)));
            } else if (!seen.add(name)) {
                problems.add(
                        List.of(FieldProblem.of(field + "slaTarget", "error.underpinning.duplicateSlaTarget", name)));
            } else if (minutes < 0 || minutes > TargetHandling.MAX_MINUTES) {
                problems.add(List.of(FieldProblem.of(
                        field + "internalHandlingMinutes",
                        "error.underpinning.handlingRange",
                        TargetHandling.MAX_MINUTES)));
            } else {
                targets.add(new TargetHandling(name, need.needsUnderpinning(), minutes));
            }
        }
        return targets;
    }

    private List<Underpinning> entries(
            List<UnderpinningData.Entry> lines, Set<String> slaTargets, FieldProblems problems) {
        List<Underpinning> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            UnderpinningData.Entry line = lines.get(i);
            String field = "entries[" + i + "].";
            if (line == null || blank(line.slaTarget())) {
                problems.add(List.of(FieldProblem.of(field + "slaTarget", "error.underpinning.slaTargetRequired")));
                continue;
            }
            String name = line.slaTarget().trim();
            if (!slaTargets.contains(name)) {
                problems.add(
                        List.of(FieldProblem.of(field + "slaTarget", "error.underpinning.unknownSlaTarget", name)));
                continue;
            }
            if (line.agreementId() == null) {
                problems.add(List.of(FieldProblem.of(field + "agreementId", "error.underpinning.agreementRequired")));
                continue;
            }
            SupplierAgreement agreement = em.find(SupplierAgreement.class, line.agreementId());
            if (agreement == null) {
                problems.add(List.of(FieldProblem.of(field + "agreementId", "error.underpinning.unknownAgreement")));
                continue;
            }
            String target =
                    line.supplierTarget() == null ? "" : line.supplierTarget().trim();
            if (agreement.getTargets().stream().noneMatch(t -> t.getName().equals(target))) {
                problems.add(List.of(FieldProblem.of(
                        field + "supplierTarget",
                        "error.underpinning.unknownSupplierTarget",
                        agreement.getReference(),
                        target)));
                continue;
            }
            Underpinning entry = new Underpinning(name, agreement.getId(), target);
            if (entries.contains(entry)) {
                problems.add(List.of(FieldProblem.of(
                        field + "supplierTarget",
                        "error.underpinning.duplicateEntry",
                        name,
                        agreement.getReference(),
                        target)));
                continue;
            }
            entries.add(entry);
        }
        return entries;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
