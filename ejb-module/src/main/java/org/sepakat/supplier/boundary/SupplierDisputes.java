package org.sepakat.supplier.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
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
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.supplier.control.ReadableSuppliers;
import org.sepakat.supplier.entity.DisputeData;
import org.sepakat.supplier.entity.DisputeResolution;
import org.sepakat.supplier.entity.DisputeStatus;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierDispute;
import org.sepakat.supplier.entity.SupplierDispute.DisputeFacts;
import org.sepakat.supplier.entity.SupplierManager;

/**
 * The dispute register (SUP-12): supplier managers and administrators record disputes and manage
 * them to closure; the auditor reads all; everyone else reads the disputes of the suppliers
 * {@link SupplierScope} lets him read.
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
public class SupplierDisputes {

    /** How long the owner has for the improvement a dispute raises. */
    static final int IMPROVEMENT_DUE_DAYS = 30;

    private static final int TITLE_MAX = 200;
    private static final int DESCRIPTION_MAX = 4000;
    private static final Logger LOG = Logger.getLogger(SupplierDisputes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    SupplierScope readers;

    @Inject
    StaffDirectory staff;

    @Inject
    Improvements improvements;

    @Inject
    Clock clock;

    /**
     * Filters: supplier (id), status, owner (exact), text (number or subject contains),
     * open=true|false. Only the disputes of suppliers the caller may read.
     */
    public Page<SupplierDispute> list(PageRequest request) {
        ReadableSuppliers readable = readers.ofCaller();
        return PagedQuery.of(em, SupplierDispute.class)
                .where((cb, root) -> readable.admits(cb, root.get("supplier")))
                .sortable("number", "subject", "status", "owner", "amount", "createdAt", "changedAt")
                .sortableAs("supplier", "supplier.code")
                .defaultSort("changedAt", false)
                .equalsFilter("supplier", "supplier.id")
                .equalsFilter("status", "status")
                .equalsFilter("owner", "owner")
                .textFilter("text", "number", "subject")
                .filter(
                        "open",
                        (cb, root, value) -> "true".equalsIgnoreCase(value)
                                ? root.get("status").in(openStates())
                                : cb.not(root.get("status").in(openStates())))
                .fetch(request);
    }

    /** One dispute; one of a supplier the caller may not read is "not found", like an unknown id. */
    public SupplierDispute find(Long id) {
        SupplierDispute dispute = Records.require(em, SupplierDispute.class, id);
        if (!readers.ofCaller().admits(dispute.getSupplier())) {
            throw new RecordNotFound(SupplierDispute.class.getSimpleName(), id);
        }
        return dispute;
    }

    /** Records a dispute, raised by the caller and owned by the supplier's contract manager unless named. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierDispute create(DisputeData data) {
        Checked checked = checked(data);
        String raisedBy = history.currentUser();
        SupplierDispute dispute =
                history.created(new SupplierDispute(checked.supplier(), raisedBy, checked.owner(), checked.facts()));
        LOG.info(() ->
                "Dispute " + dispute.getNumber() + " with " + checked.supplier().getCode() + " raised by " + raisedBy);
        return dispute;
    }

    /** Corrects a dispute that is not resolved; the supplier stays the one it was raised against. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierDispute update(Long id, DisputeData data) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        SupplierDispute dispute = asRead(id, data.version());
        if (data.supplierId() != null
                && !data.supplierId().equals(dispute.getSupplier().getId())) {
            throw InvalidInput.of("supplierId", "error.dispute.supplierFixed", dispute.getNumber());
        }
        Checked checked = checked(data);
        return history.change(dispute, d -> d.revise(checked.facts(), checked.owner()));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierDispute negotiate(Long id, Long version) {
        return history.change(asRead(id, version), SupplierDispute::negotiate);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierDispute escalate(Long id, Long version) {
        return history.change(asRead(id, version), SupplierDispute::escalate);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierDispute resolve(Long id, DisputeResolution data) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        input.valid(data);
        return history.change(asRead(id, data.version()), d -> d.resolve(data.outcome(), data.resolution()));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierDispute close(Long id, Long version) {
        return history.change(asRead(id, version), SupplierDispute::close);
    }

    /**
     * a resolved (or closed) dispute raises an improvement opportunity about the supplier,
     * owned by the dispute's owner and due in {@link #IMPROVEMENT_DUE_DAYS} days. Idempotent: while
     * the one it raised is open, that one is returned.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public ImprovementOpportunity raiseImprovement(Long id) {
        SupplierDispute dispute = find(id);
        if (dispute.getStatus().isOpen()) {
            throw new RuleViolation("SUP-12", "error.dispute.improvementUnresolved", dispute.getNumber());
        }
        String title = dispute.getNumber() + ": " + dispute.getSubject();
        String description = dispute.getSupplier().getCode() + " – " + dispute.getResolution();
        ImprovementOpportunity raised = improvements.raise(
                new ImprovementSource(
                        SourceKind.SUPPLIER_SHORTFALL,
                        dispute.getNumber(),
                        SupplierDispute.class.getSimpleName(),
                        dispute.getId()),
                title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title,
                description.length() > DESCRIPTION_MAX ? description.substring(0, DESCRIPTION_MAX) : description,
                dispute.getOwner(),
                LocalDate.now(clock).plusDays(IMPROVEMENT_DUE_DAYS));
        LOG.info(() -> "Dispute " + dispute.getNumber() + " raised improvement " + raised.getNumber());
        return raised;
    }

    private SupplierDispute asRead(Long id, Long version) {
        find(id);
        return Records.asRead(em, SupplierDispute.class, id, version);
    }

    private record Checked(Supplier supplier, String owner, DisputeFacts facts) {}

    /**
     * Every problem of the input at once: its fields, a supplier the caller may not read, an
     * agreement that is not the supplier's, an unknown currency or owner.
     */
    private Checked checked(DisputeData data) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        FieldProblems problems = new FieldProblems();
        problems.add(input.problems(data));
        Supplier supplier = data.supplierId() == null ? null : readable(data.supplierId());
        if (data.supplierId() != null && supplier == null) {
            problems.add(List.of(FieldProblem.of("supplierId", "error.dispute.supplierUnknown")));
        }
        SupplierAgreement agreement =
                data.agreementId() == null ? null : em.find(SupplierAgreement.class, data.agreementId());
        if (data.agreementId() != null
                && (agreement == null
                        || supplier != null && !agreement.getSupplier().equals(supplier))) {
            problems.add(List.of(FieldProblem.of("agreementId", "error.dispute.agreementNotOfSupplier")));
        }
        Currency currency = currency(data.currency());
        if (data.currency() != null && data.currency().matches("[A-Z]{3}") && currency == null) {
            problems.add(List.of(FieldProblem.of("currency", "error.dispute.currencyUnknown", data.currency())));
        }
        String owner = supplier == null ? null : owner(data.owner(), supplier);
        if (supplier != null && owner == null) {
            problems.add(List.of(
                    blank(data.owner())
                            ? FieldProblem.of("owner", "error.dispute.ownerRequired")
                            : FieldProblem.of(
                                    "owner",
                                    "error.dispute.ownerUnknown",
                                    data.owner().trim())));
        }
        problems.throwIfAny();
        return new Checked(
                supplier,
                owner,
                new DisputeFacts(
                        agreement == null ? null : agreement.getId(),
                        agreement == null ? null : agreement.getReference(),
                        data.concerns(),
                        data.subject(),
                        data.description(),
                        data.amount(),
                        currency));
    }

    private Supplier readable(Long supplierId) {
        Supplier supplier = em.find(Supplier.class, supplierId);
        return supplier != null && readers.ofCaller().admits(supplier) ? supplier : null;
    }

    /** The named member of staff, or the supplier's first contract manager; null when neither is known. */
    private String owner(String named, Supplier supplier) {
        if (!blank(named)) {
            return staff.byUsername(named.trim()).map(Staff::getUsername).orElse(null);
        }
        return supplier.getManagers().stream()
                .filter(m -> m.getResponsibility() == Responsibility.CONTRACT)
                .map(SupplierManager::getStaff)
                .map(Staff::getUsername)
                .findFirst()
                .orElse(null);
    }

    private static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return null;
        }
        return Currency.getAvailableCurrencies().stream()
                .filter(each -> each.getCurrencyCode().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static List<DisputeStatus> openStates() {
        return List.of(DisputeStatus.OPEN, DisputeStatus.UNDER_NEGOTIATION, DisputeStatus.ESCALATED);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
