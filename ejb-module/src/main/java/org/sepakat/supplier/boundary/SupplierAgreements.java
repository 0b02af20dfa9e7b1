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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.Changes;
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
import org.sepakat.shared.terms.AgreementChanged;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.supplier.control.AgreementContent;
import org.sepakat.supplier.control.ReadableSuppliers;
import org.sepakat.supplier.entity.ContractDates;
import org.sepakat.supplier.entity.SigningData;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreedVersion;
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
    SupplierScope readers;

    @Resource
    SessionContext session;

    @Inject
    Event<AgreementChanged> changes;

    @Inject
    Suppliers suppliers;

    @Inject
    AgreementChecks checks;

    @Inject
    Clock clock;

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
        ReadableSuppliers readable = readers.ofCaller();
        return PagedQuery.of(em, SupplierAgreement.class)
                .where((cb, root) -> readable.admits(cb, root.get("supplier")))
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
        if (!readers.ofCaller().admits(agreement.getSupplier())) {
            throw new RecordNotFound("SupplierAgreement", id);
        }
        return agreement;
    }

    /** A new draft for the supplier named; its kind follows the supplier's (a contract for an external one). */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement create(SupplierAgreementData data) {
        FieldProblems problems = checks.checked(data, null);
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
        FieldProblems problems = checks.checked(data, id);
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

    /**
     * SUP-2: both sides sign; the content is kept as version n+1, in force from the month named (none:
     * the month after the signing, in the agreement's zone), never before the previous version.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement agree(Long id, SigningData data) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        input.valid(data);
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, data.version());
        String provider = checks.providerSignatory(data.providerStaffId());
        String supplier = checks.supplierSignatory(agreement, data.supplierContactId());
        List<FieldProblem> calendarsUnknown = checks.unknownCalendars(agreement.getTargets().stream()
                .map(AgreementTarget::getCalendarCode)
                .toList());
        if (!calendarsUnknown.isEmpty()) {
            throw new InvalidInput(calendarsUnknown);
        }
        Instant now = clock.instant();
        YearMonth effectiveFrom = data.effectiveFrom() == null
                ? SupplierAgreedVersion.defaultEffectiveFrom(now, ZoneId.of(agreement.getTimeZone()))
                : data.effectiveFrom();
        versions(id).stream()
                .map(SupplierAgreedVersion::getEffectiveMonth)
                .max(Comparator.naturalOrder())
                .filter(effectiveFrom::isBefore)
                .ifPresent(previous -> {
                    throw InvalidInput.of("effectiveFrom", "error.sla.effectiveBeforePrevious", previous.toString());
                });
        history.change(agreement, a -> a.agree(provider, supplier, now));
        em.persist(new SupplierAgreedVersion(agreement, effectiveFrom));
        LOG.info(() -> "Supplier agreement " + agreement.getReference() + " agreed as version "
                + agreement.getAgreedVersion() + " by " + history.currentUser());
        return changed(agreement);
    }

    /** Every agreed version of an agreement the caller may read, oldest first. */
    public List<SupplierAgreedVersion> versions(Long id) {
        return em.createNamedQuery(SupplierAgreedVersion.BY_AGREEMENT, SupplierAgreedVersion.class)
                .setParameter("agreement", find(id))
                .getResultList();
    }

    public SupplierAgreedVersion version(Long id, int number) {
        return em.createNamedQuery(SupplierAgreedVersion.BY_NUMBER, SupplierAgreedVersion.class)
                .setParameter("agreement", find(id))
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("SupplierAgreedVersion", id + "/" + number));
    }

    /** What changed from one agreed version to another, line by line (the same comparison as an SLA's). */
    public List<Changes.Change> compare(Long id, int from, int to) {
        return Changes.between(version(id, from).content(), version(id, to).content());
    }

    /** SUP-10, tacit renewal: notice given on {@code givenOn} (not after today in the agreement's zone). */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement recordNotice(Long id, LocalDate givenOn, long version) {
        if (givenOn == null) {
            throw InvalidInput.of("givenOn", "error.supplierAgreement.noticeDateRequired");
        }
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, version);
        if (givenOn.isAfter(today(agreement))) {
            throw InvalidInput.of("givenOn", "error.supplierAgreement.noticeInFuture", givenOn);
        }
        return changed(history.change(agreement, a -> a.giveNotice(givenOn)));
    }

    /** SUP-10, express renewal: the contract was renewed for one more renewal period. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public SupplierAgreement recordRenewal(Long id, long version) {
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, version);
        return changed(history.change(agreement, SupplierAgreement::recordRenewal));
    }

    /** Only a draft never agreed goes; the history keeps what it held. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public void delete(Long id, long version) {
        SupplierAgreement agreement = Records.asRead(em, SupplierAgreement.class, id, version);
        if (!agreement.isDeletable()) {
            throw new RuleViolation("SUP-2", "error.supplierAgreement.notDeletable", agreement.getReference());
        }
        history.deleted(agreement);
        changes.fire(new AgreementChanged(OwnerKind.SUPPLIER_AGREEMENT, id));
        LOG.info(() -> "Supplier agreement " + agreement.getReference() + " deleted by " + history.currentUser());
    }

    /** The agreements of a supplier the caller may read, by reference (for the supplier's page). */
    public List<SupplierAgreement> ofSupplier(Long supplierId) {
        return em.createNamedQuery(SupplierAgreement.BY_SUPPLIER, SupplierAgreement.class)
                .setParameter("supplier", suppliers.find(supplierId))
                .getResultList();
    }

    /**
     * SUP-10: the contract's current term, next notice deadline and expiry today in the agreement's
     * zone; empty for an agreement without commercial terms (an OLA).
     */
    public Optional<ContractDates> dates(Long id) {
        SupplierAgreement agreement = find(id);
        return agreement.dates(today(agreement));
    }

    /** As {@link #dates(Long)}, for an agreement already read (a list's rows). */
    public Optional<ContractDates> datesOf(SupplierAgreement agreement) {
        return agreement.dates(today(agreement));
    }

    private LocalDate today(SupplierAgreement agreement) {
        return LocalDate.now(clock.withZone(ZoneId.of(agreement.getTimeZone())));
    }

    /** Whether the caller may change supplier agreements, so a page offers it only then. */
    public boolean mayEdit() {
        return session.isCallerInRole(Roles.ADMINISTRATOR) || session.isCallerInRole(Roles.SUPPLIER_MANAGER);
    }
}
