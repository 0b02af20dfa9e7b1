package org.sepakat.servicelevel.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sepakat.party.boundary.CustomerScope;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.servicelevel.control.AgreementLocks;
import org.sepakat.servicelevel.control.AgreementsInForce;
import org.sepakat.servicelevel.entity.AgreedTerms;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.AgreementData;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.Changes;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.shared.persistence.UniqueKey;
import org.sepakat.shared.terms.AgreementChanged;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.shared.terms.Validity;

/**
 * Service level agreements (SLM-1..5, SLM-9): authored by service level managers, read by
 * relationship managers for their own customers, by everyone else in full.
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
public class ServiceLevelAgreements {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    SlaContent content;

    @Inject
    AgreementsInForce inForce;

    @Inject
    AgreementLocks locks;

    @Inject
    CustomerScope scope;

    @Inject
    Clock clock;

    @Inject
    Event<AgreementChanged> changes;

    public Page<ServiceLevelAgreement> list(PageRequest request) {
        PagedQuery<ServiceLevelAgreement> query = PagedQuery.of(em, ServiceLevelAgreement.class)
                .sortable("reference", "title", "status", "customerCode", "nextReviewOn", "changedAt")
                .defaultSort("reference", true)
                .textFilter("reference", "reference")
                .textFilter("title", "title")
                .textFilter("text", "reference", "title")
                .equalsFilter("status", "status")
                .equalsFilter("customerId", "customerId")
                .filter(
                        "serviceId",
                        (cb, root, value) -> cb.equal(root.join("services").get("serviceId"), parseId(value)))
                .filter(
                        "reviewDue",
                        (cb, root, value) -> "true".equalsIgnoreCase(value)
                                ? cb.lessThanOrEqualTo(root.<LocalDate>get("nextReviewOn"), LocalDate.now(clock))
                                : cb.conjunction());
        VisibleCustomers visible = scope.ofCaller();
        query.where((cb, root) -> visible.admits(cb, root.get("customerId")));
        return query.fetch(request);
    }

    /**
     * The SLAs with these references as their content stands now, drafts and revisions in progress
     * included (every one, whoever asks: for deliveries of measured data, which name their SLA and
     * its measures).
     */
    public List<MeasurableAgreement> byReferences(Collection<String> references) {
        return inForce.current(withTerms("s.reference", references));
    }

    /** The id of the SLA with this reference (every one, whoever asks: to filter records that refer to SLAs by id). */
    public Optional<Long> idOf(String reference) {
        return em.createQuery("SELECT s.id FROM ServiceLevelAgreement s WHERE s.reference = :reference", Long.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /** One SLA the caller may see, as its content stands now (see {@link #byReferences}). */
    public MeasurableAgreement current(Long id) {
        return inForce.current(List.of(find(id))).get(0);
    }

    /** SLA references by id, to show records that refer to SLAs by id. */
    public Map<Long, String> referencesById(Collection<Long> ids) {
        return InChunks.query(
                        ids,
                        chunk -> em.createQuery(
                                        "SELECT s.id, s.reference FROM ServiceLevelAgreement s WHERE s.id IN :ids",
                                        Object[].class)
                                .setParameter("ids", chunk)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** SUP-7: the validity of an SLA the caller may see, for the alignment check's contract-term rule. */
    public Validity validity(Long id) {
        ServiceLevelAgreement sla = find(id);
        return new Validity(sla.getValidFrom(), sla.getValidTo(), sla.getStatus() == SlaStatus.RETIRED);
    }

    public ServiceLevelAgreement find(Long id) {
        ServiceLevelAgreement sla = Records.require(em, ServiceLevelAgreement.class, id);
        if (!scope.ofCaller().includes(sla.getCustomerId())) {
            throw new RecordNotFound("ServiceLevelAgreement", id);
        }
        return sla;
    }

    /**
     * SLM-6, SLM-9: the terms in force in {@code month} of these SLAs, the published model a review run
     * measures, ordered by id, with their content read in a few queries for all of them (README, "How
     * a period is measured"). Each SLA comes as its agreed version in force in the month (that
     * version's number, signatory and terms; its own id, reference and customer): the version that
     * took effect last by the month's first day. An SLA no version of which is in force yet, or
     * whose month is outside the validity of that version, is left out, as are unknown ids. A version
     * agreed before the terms were kept in restorable form (before changelog 010) comes as the SLA
     * stands, with a warning logged once per SLA.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public List<MeasurableAgreement> inForce(List<Long> ids, Period month) {
        return inForce.of(withTerms("s.id", ids), month);
    }

    /**
     * SLM-6: refuses, with the reason, to measure {@code month} of an SLA the caller may see that is not
     * in force then: never agreed, before its first version takes effect, or outside its validity.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public void requireInForce(Long id, Period month) {
        ServiceLevelAgreement sla = find(id);
        List<AgreedVersion> versions = versions(id);
        if (versions.isEmpty()) {
            throw new RuleViolation("SLM-6", "error.review.notAgreed", sla.getReference());
        }
        AgreedTerms terms = inForce.termsInForce(sla, versions, month)
                .orElseThrow(() -> new RuleViolation(
                        "SLM-6",
                        "error.review.beforeEffective",
                        sla.getReference(),
                        month.toString(),
                        YearMonth.from(versions.stream()
                                        .map(AgreedVersion::getEffectiveFrom)
                                        .min(Comparator.naturalOrder())
                                        .orElseThrow())
                                .toString()));
        if (!AgreementsInForce.validIn(terms, month)) {
            throw new RuleViolation(
                    "SLM-6",
                    "error.review.outsideValidity",
                    sla.getReference(),
                    month.toString(),
                    terms.validFrom() == null ? "…" : terms.validFrom().toString(),
                    terms.validTo() == null ? "…" : terms.validTo().toString());
        }
    }

    /**
     * The SLAs whose {@code key} is one of {@code values}, ordered by id, read only, with their terms
     * read in a few queries for all of them.
     */
    private <K> List<ServiceLevelAgreement> withTerms(String key, Collection<K> values) {
        return InChunks.query(values, chunk -> {
            var query = em.createQuery(
                            "SELECT s FROM ServiceLevelAgreement s WHERE " + key + " IN :values ORDER BY s.id",
                            ServiceLevelAgreement.class)
                    .setParameter("values", chunk)
                    // read only: batch-read element collections of embeddables fail EclipseLink's change
                    // detection when the transaction flushes, and no reader of the terms changes an SLA
                    .setHint("eclipselink.read-only", "true")
                    .setHint("eclipselink.batch.type", "IN");
            for (String content :
                    new String[] {"s.services", "s.targets", "s.limits", "s.windows", "s.excludedCategories"}) {
                query.setHint("eclipselink.batch", content);
            }
            return query.getResultList();
        });
    }

    /**
     * SLM-9: the terms of one agreed version of an SLA the caller may see, as the measurement engine
     * reads them (to measure a period again as that version was agreed); empty for a version agreed
     * before its terms were kept in restorable form (changelog 010).
     */
    public Optional<MeasurableAgreement> agreed(Long id, int version) {
        AgreedVersion agreed = version(id, version);
        return inForce.agreed(agreed.getAgreement(), agreed);
    }

    /**
     * The terms of one agreed version as {@link #agreed(Long, int)}, with the calendars its targets
     * name as they stood at {@code asOf} (the version of each saved last by then): to measure a
     * period again as it was measured at that moment.
     */
    public Optional<MeasurableAgreement> agreed(Long id, int version, Instant asOf) {
        AgreedVersion agreed = version(id, version);
        return inForce.agreed(agreed.getAgreement(), agreed, asOf);
    }

    /**
     * SLM-6: row locks on these SLAs, in id order, held to the end of the caller's transaction (hence
     * mandatory): a review run takes them first, so a concurrent run of the same SLAs waits, then finds
     * their reports and skips them instead of failing on the unique key.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lockForReview(List<Long> ids) {
        locks.lock(ids);
    }

    /** The ids of the SLAs of these customers; for a scope short of every customer ({@code all()} needs no list). */
    public List<Long> idsOf(VisibleCustomers visible) {
        return em.createQuery("SELECT s.id FROM ServiceLevelAgreement s WHERE s.customerId IN :customers", Long.class)
                .setParameter("customers", visible.asParameter())
                .getResultList();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceLevelAgreement create(SlaData data) {
        requireValid(data);
        UniqueKey.require(
                em,
                ServiceLevelAgreement.class,
                ServiceLevelAgreement.FIND_BY_REFERENCE,
                "reference",
                data.reference().trim(),
                null);
        ServiceLevelAgreement sla = content.draft(data);
        ServiceLevelAgreement created = history.created(sla);
        changed(created);
        return created;
    }

    /** Saves the whole document; allowed while it is a draft or under revision. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceLevelAgreement update(Long id, SlaData data) {
        requireValid(data);
        ServiceLevelAgreement sla = Records.asRead(em, ServiceLevelAgreement.class, id, data.version());
        UniqueKey.require(
                em,
                ServiceLevelAgreement.class,
                ServiceLevelAgreement.FIND_BY_REFERENCE,
                "reference",
                data.reference().trim(),
                id);
        return changed(history.change(sla, s -> content.apply(s, data)));
    }

    /**
     * Names every problem of a draft without storing anything: the editor asks when the page has
     * already refused some fields, so that one save shows the rest too (issue 12 §4).
     *
     * @throws InvalidInput naming every problem found
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public void check(Long id, SlaData data) {
        FieldProblems problems = new FieldProblems();
        problems.add(content.refusal(data, input.problems(data)).problems());
        if (data.reference() != null && !data.reference().isBlank()) {
            problems.check(() -> UniqueKey.require(
                    em,
                    ServiceLevelAgreement.class,
                    ServiceLevelAgreement.FIND_BY_REFERENCE,
                    "reference",
                    data.reference().trim(),
                    id));
        }
        problems.throwIfAny();
    }

    /** A draft that breaks field rules is refused with the business problems of its other parts too. */
    private void requireValid(SlaData data) {
        List<FieldProblem> invalid = input.problems(data);
        if (!invalid.isEmpty()) {
            throw content.refusal(data, invalid);
        }
    }

    /** Tells whoever checks agreements against each other (after the commit) that these terms changed. */
    private ServiceLevelAgreement changed(ServiceLevelAgreement sla) {
        changes.fire(new AgreementChanged(OwnerKind.SERVICE_LEVEL_AGREEMENT, sla.getId()));
        return sla;
    }

    /** SLM-1, SLM-9: both sides sign; the content is kept as the next agreed version. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceLevelAgreement agree(Long id, AgreementData data) {
        input.valid(data);
        ServiceLevelAgreement sla = Records.asRead(em, ServiceLevelAgreement.class, id, data.version());
        SlaContent.Signatories signatories = content.signatories(sla, data);
        content.requireKnownCalendars(sla);
        Instant now = clock.instant();
        YearMonth effectiveFrom = data.effectiveFrom() == null
                ? AgreedVersion.defaultEffectiveFrom(now, ZoneId.of(sla.getTimeZone()))
                : data.effectiveFrom();
        versions(id).stream()
                .map(AgreedVersion::getEffectiveFrom)
                .max(Comparator.naturalOrder())
                .map(YearMonth::from)
                .filter(previous -> effectiveFrom.isBefore(previous))
                .ifPresent(previous -> {
                    throw InvalidInput.of("effectiveFrom", "error.sla.effectiveBeforePrevious", previous.toString());
                });
        history.change(sla, s -> s.agree(signatories.provider(), signatories.customer(), now));
        em.persist(new AgreedVersion(sla, effectiveFrom));
        return changed(sla);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceLevelAgreement activate(Long id, long version) {
        ServiceLevelAgreement sla = Records.asRead(em, ServiceLevelAgreement.class, id, version);
        return changed(history.change(sla, s -> s.activate(LocalDate.now(clock))));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceLevelAgreement startRevision(Long id, long version) {
        ServiceLevelAgreement sla = Records.asRead(em, ServiceLevelAgreement.class, id, version);
        return changed(history.change(sla, ServiceLevelAgreement::startRevision));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceLevelAgreement retire(Long id, long version) {
        ServiceLevelAgreement sla = Records.asRead(em, ServiceLevelAgreement.class, id, version);
        return changed(history.change(sla, ServiceLevelAgreement::retire));
    }

    public List<AgreedVersion> versions(Long id) {
        return em.createNamedQuery(AgreedVersion.BY_AGREEMENT, AgreedVersion.class)
                .setParameter("agreement", find(id))
                .getResultList();
    }

    public AgreedVersion version(Long id, int number) {
        return em.createNamedQuery(AgreedVersion.BY_NUMBER, AgreedVersion.class)
                .setParameter("agreement", find(id))
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("AgreedVersion", id + "/" + number));
    }

    /** SLM-9: what changed from one agreed version to another, line by line. */
    public List<Changes.Change> compare(Long id, int from, int to) {
        return Changes.between(version(id, from).content(), version(id, to).content());
    }

    private static Long parseId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("serviceId", "error.filter.value", value);
        }
    }
}
