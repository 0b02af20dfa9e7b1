package org.sepakat.supplier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.shared.persistence.UniqueKey;
import org.sepakat.shared.terms.AgreementChanged;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.supplier.control.AgreementContent;
import org.sepakat.supplier.control.ReadableSuppliers;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;

/**
 * Supplier agreements (SUP-2..6, OLA-1): underpinning contracts with external suppliers and
 * operational level agreements with internal ones, as controlled documents. Supplier managers and
 * administrators write; whoever may read the supplier reads its agreements.
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierAgreements {

    private static final Logger LOG = Logger.getLogger(SupplierAgreements.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    CustomerScope scope;

    @Resource
    SessionContext session;

    @Inject
    Event<AgreementChanged> changes;

    /** Tells whoever checks agreements against each other (after the commit) that these terms changed. */
    private SupplierAgreement changed(SupplierAgreement agreement) {
        changes.fire(new AgreementChanged(OwnerKind.SUPPLIER_AGREEMENT, agreement.getId()));
        return agreement;
    }

    /**
     * Filters: reference, title, text (reference or title; contains), kind, status, supplier (its
     * id). Only the agreements of suppliers the caller may read.
     */
    public Page<SupplierAgreement> list(PageRequest request) {
        VisibleCustomers visible = scope.ofCaller();
        return PagedQuery.of(em, SupplierAgreement.class)
                .where((cb, root) -> ReadableSuppliers.admits(visible, cb, root.get("supplier")))
                .sortable("reference", "title", "kind", "status", "changedAt")
                .defaultSort("reference", true)
                .textFilter("reference", "reference")
                .textFilter("title", "title")
                .textFilter("text", "reference", "title", "supplier.name")
                .equalsFilter("kind", "kind")
                .equalsFilter("status", "status")
                .equalsFilter("supplier", "supplier.id")
                .fetch(request);
    }

    /** An agreement the caller may read; one he may not is "not found", like one that does not exist. */
    public SupplierAgreement find(Long id) {
        SupplierAgreement agreement = Records.require(em, SupplierAgreement.class, id);
        if (!ReadableSuppliers.admits(scope.ofCaller(), agreement.getSupplier())) {
            throw new RecordNotFound("SupplierAgreement", id);
        }
        return agreement;
    }

    /** A new draft for the supplier named; its kind follows the supplier's (a contract for an external one). */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement create(SupplierAgreementData data) {
        FieldProblems problems = checked(data, null);
        Supplier supplier = em.find(Supplier.class, data.supplierId());
        SupplierAgreement agreement = new SupplierAgreement(
                data.reference().trim(), data.title().trim(), supplier, AgreementContent.zone(data.timeZone()));
        AgreementContent.apply(agreement, data, problems);
        problems.throwIfAny();
        SupplierAgreement stored = history.created(agreement);
        LOG.info(() -> "Supplier agreement " + stored.getReference() + " created by " + history.currentUser());
        return changed(stored);
    }

    /** Saves the whole draft (or revision) as read at {@code data.version()}; its supplier stays. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement update(Long id, SupplierAgreementData data) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, data.version());
        FieldProblems problems = checked(data, id);
        if (!agreement.getSupplier().getId().equals(data.supplierId())) {
            throw InvalidInput.of(
                    "supplierId",
                    "error.supplierAgreement.supplierFixed",
                    agreement.getSupplier().getCode());
        }
        return changed(history.change(agreement, a -> {
            a.rereference(data.reference().trim());
            AgreementContent.apply(a, data, problems);
            problems.throwIfAny();
        }));
    }

    /**
     * The input's field problems, its reference another agreement has, an unknown supplier: thrown at
     * once when the heading cannot be used, otherwise handed back for the content's problems to join.
     */
    private FieldProblems checked(SupplierAgreementData data, Long ownId) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        FieldProblems problems = new FieldProblems();
        problems.add(input.problems(data));
        if (data.reference() != null && !data.reference().isBlank()) {
            problems.check(() -> UniqueKey.require(
                    em,
                    SupplierAgreement.class,
                    SupplierAgreement.FIND_BY_REFERENCE,
                    "reference",
                    data.reference().trim(),
                    ownId));
        }
        if (data.supplierId() != null && em.find(Supplier.class, data.supplierId()) == null) {
            problems.add(java.util.List.of(FieldProblem.of("supplierId", "error.supplierAgreement.unknownSupplier")));
        }
        if (data.timeZone() != null && !data.timeZone().isBlank()) {
            problems.attempt(() -> AgreementContent.zone(data.timeZone()));
        }
        boolean headingUsable = problems.problems().stream()
                .map(FieldProblem::field)
                .noneMatch(f ->
                        f.equals("reference") || f.equals("title") || f.equals("supplierId") || f.equals("timeZone"));
        if (!headingUsable) {
            problems.throwIfAny();
        }
        return problems;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement activate(Long id, long version) {
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, version);
        return changed(history.change(agreement, SupplierAgreement::activate));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement startRevision(Long id, long version) {
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, version);
        return changed(history.change(agreement, SupplierAgreement::startRevision));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement terminate(Long id, long version) {
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, version);
        return changed(history.change(agreement, SupplierAgreement::terminate));
    }

    /** Whether the caller may change supplier agreements, so a page offers it only then. */
    public boolean mayEdit() {
        return session.isCallerInRole(Roles.ADMINISTRATOR) || session.isCallerInRole(Roles.SUPPLIER_MANAGER);
    }
}
