package org.sepakat.supplier.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskFinding;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.Validity;
import org.sepakat.supplier.control.Alignment;
import org.sepakat.supplier.control.AlignmentCheck;
import org.sepakat.supplier.control.AlignmentTexts;
import org.sepakat.supplier.control.CheckedVerdict;
import org.sepakat.supplier.entity.AlignmentLine;
import org.sepakat.supplier.entity.SlaAlignment;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.TargetAlignment;
import org.sepakat.supplier.entity.TargetHandling;
import org.sepakat.supplier.entity.Underpinning;
import org.sepakat.supplier.entity.UnderpinningMap;

/**
 * SUP-7: the alignment check. Whoever may read an SLA reads its alignment table (and a supplier
 * agreement's: the SLAs it underpins); the check itself, which opens a risk for each misalignment
 * and tells the risks of those found aligned again, runs after every change of an SLA, a supplier
 * agreement or an underpinning map and nightly ({@link AlignmentTriggers}), one SLA per transaction.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Alignments {

    private static final Logger LOG = Logger.getLogger(Alignments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    Calendars calendars;

    @Inject
    SupplierAgreements agreements;

    @Inject
    Risks risks;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    /** The alignment table of an SLA the caller may read, in {@code locale}, each finding with its open risk. */
    public SlaAlignment ofSla(Long slaId, Locale locale) {
        Assessed assessed = assess(slaId);
        Map<String, Risk> open = risks
                .openUnder(CheckedVerdict.keyPrefix(assessed.sla().id()))
                .stream()
                .collect(Collectors.toMap(Risk::getSourceKey, r -> r, (a, b) -> a));
        return table(assessed, locale, open);
    }

    /**
     * The SLAs a supplier agreement the caller may read underpins (those he may read), each with the
     * lines of its table that concern the agreement and the lines that judge all underpinnings together.
     */
    public List<SlaAlignment> ofAgreement(Long agreementId, Locale locale) {
        agreements.find(agreementId);
        List<SlaAlignment> tables = new ArrayList<>();
        for (Long slaId : slasUnderpinnedBy(agreementId)) {
            try {
                SlaAlignment table = ofSla(slaId, locale);
                tables.add(new SlaAlignment(
                        table.slaId(),
                        table.slaReference(),
                        table.slaTitle(),
                        table.assessedOn(),
                        table.targets().stream()
                                .filter(t -> t.lines().stream().anyMatch(l -> agreementId.equals(l.agreementId())))
                                .map(t -> concerning(t, agreementId))
                                .toList()));
            } catch (RecordNotFound hidden) {
                // an SLA of a customer outside the caller's scope is left out, as in every list
            }
        }
        return tables;
    }

    /**
     * Checks one SLA and records what it found in the risk register: a risk for each misalignment or
     * gap (one per finding, ever open once), and "found aligned" on the risks of findings gone. In a
     * transaction of its own, so one SLA's failure leaves the others' checks intact.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SlaAlignment check(Long slaId) {
        Assessed assessed = assess(slaId);
        AgreementIdentity sla = assessed.sla().identity();
        Optional<Staff> owner = owner(sla);
        Locale locale = AlignmentTexts.locale(owner.map(Staff::getUiLocale).orElse(null));
        List<RiskFinding> findings = new ArrayList<>();
        if (owner.isEmpty()) {
            LOG.warning(() -> "No member of staff owns SLA " + sla.reference() + "; its alignment risks wait for one");
        } else if (!assessed.validity().ended()) {
            assessed.lines().stream()
                    .filter(CheckedVerdict::finding)
                    .forEach(line ->
                            findings.add(finding(assessed, line, owner.get().getUsername(), locale)));
        }
        String evidence = AlignmentTexts.text(
                locale,
                "risk.evidence",
                List.of(sla.reference(), LocalDate.now(clock).toString()));
        Map<String, Risk> open = new HashMap<>();
        if (owner.isPresent()) {
            risks.reconcile(CheckedVerdict.keyPrefix(sla.id()), findings, evidence).stream()
                    .filter(r -> !r.isAligned())
                    .forEach(r -> open.put(r.getSourceKey(), r));
        }
        LOG.fine(() -> "Alignment of " + sla.reference() + ": " + findings.size() + " finding(s)");
        return table(assessed, locale, open);
    }

    /** The SLAs whose map names this agreement. */
    public List<Long> slasUnderpinnedBy(Long agreementId) {
        return em.createNamedQuery(UnderpinningMap.FIND_BY_AGREEMENT, UnderpinningMap.class)
                .setParameter("agreementId", agreementId)
                .getResultStream()
                .map(UnderpinningMap::getSlaId)
                .sorted()
                .toList();
    }

    /** Every SLA with an underpinning map: those the nightly check looks at. */
    public List<Long> mappedSlas() {
        return em.createNamedQuery(UnderpinningMap.ALL_SLA_IDS, Long.class).getResultList();
    }

    /** Whether this SLA has an underpinning map (else a change of it needs no check). */
    public boolean isMapped(Long slaId) {
        return map(slaId) != null;
    }

    private Assessed assess(Long slaId) {
        MeasurableAgreement sla = slas.current(slaId);
        Validity validity = slas.validity(slaId);
        UnderpinningMap map = map(slaId);
        Map<Long, SupplierAgreement> named = new HashMap<>();
        if (map != null) {
            map.getUnderpinnings().stream()
                    .map(Underpinning::getAgreementId)
                    .distinct()
                    .forEach(id -> Optional.ofNullable(em.find(SupplierAgreement.class, id))
                            .ifPresent(a -> named.put(id, a)));
        }
        LocalDate today = LocalDate.now(clock.withZone(sla.zone()));
        List<CheckedVerdict> lines = new AlignmentCheck(today, calendars::termOf).check(sla, validity, map, named);
        return new Assessed(sla, validity, map, named, today, lines);
    }

    private UnderpinningMap map(Long slaId) {
        return em.createNamedQuery(UnderpinningMap.FIND_BY_SLA, UnderpinningMap.class)
                .setParameter("slaId", slaId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Optional<Staff> owner(AgreementIdentity sla) {
        return Stream.of(sla.signatory(), sla.author())
                .filter(user -> user != null)
                .map(staff::byUsername)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static RiskFinding finding(Assessed assessed, CheckedVerdict line, String owner, Locale locale) {
        AgreementIdentity sla = assessed.sla().identity();
        String rule = AlignmentTexts.label(locale, line.verdict().rule());
        String title = AlignmentTexts.text(locale, "risk.title", List.of(sla.reference(), line.slaTarget(), rule));
        return new RiskFinding(
                line.sourceKey(sla.id()),
                cut(title, Risk.TITLE_MAX),
                cut(AlignmentTexts.reason(locale, line.verdict()), Risk.TEXT_MAX),
                owner,
                assessed.sla().scope().customerId(),
                sla.id(),
                sla.reference(),
                line.slaTarget(),
                line.agreementId(),
                line.verdict().contract(),
                line.supplierTargets().isEmpty()
                        ? null
                        : cut(String.join(", ", line.supplierTargets()), Risk.TITLE_MAX));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static SlaAlignment table(Assessed assessed, Locale locale, Map<String, Risk> open) {
        MeasurableAgreement sla = assessed.sla();
        Map<String, List<AlignmentLine>> byTarget = new LinkedHashMap<>();
        sla.targets().forEach(t -> byTarget.put(t.name(), new ArrayList<>()));
        for (CheckedVerdict line : assessed.lines()) {
            String key = line.sourceKey(sla.id());
            Risk risk = line.finding() ? open.get(key) : null;
            byTarget.get(line.slaTarget())
                    .add(new AlignmentLine(
                            line.slaTarget(),
                            line.verdict().rule().name(),
                            AlignmentTexts.label(locale, line.verdict().rule()),
                            line.verdict().alignment().name(),
                            line.agreementId(),
                            line.verdict().contract(),
                            line.supplierTargets(),
                            line.verdict().arguments().stream()
                                    .skip(1)
                                    .map(a -> AlignmentTexts.shown(locale, a))
                                    .toList(),
                            AlignmentTexts.reason(locale, line.verdict()),
                            line.finding(),
                            key,
                            risk == null ? null : risk.getId(),
                            risk == null ? null : risk.getNumber()));
        }
        List<TargetAlignment> targets = new ArrayList<>();
        for (TargetTerm target : sla.targets()) {
            Optional<TargetHandling> handling =
                    assessed.map() == null ? Optional.empty() : assessed.map().handlingOf(target.name());
            List<String> underpinnedBy = assessed.map() == null
                    ? List.of()
                    : assessed.map().underpinningsOf(target.name()).stream()
                            .map(u -> reference(assessed.agreements(), u) + " / " + u.getSupplierTarget())
                            .toList();
            List<AlignmentLine> lines = byTarget.get(target.name());
            targets.add(new TargetAlignment(
                    target.name(),
                    AlignmentTexts.label(locale, target.metric()),
                    handling.map(TargetHandling::isNeedsUnderpinning).orElse(false),
                    handling.map(TargetHandling::getInternalMinutes).orElse(0),
                    underpinnedBy,
                    worst(lines),
                    lines));
        }
        return new SlaAlignment(
                sla.id(), sla.identity().reference(), sla.identity().title(), assessed.today(), targets);
    }

    private static String reference(Map<Long, SupplierAgreement> agreements, Underpinning u) {
        SupplierAgreement agreement = agreements.get(u.getAgreementId());
        return agreement == null ? "#" + u.getAgreementId() : agreement.getReference();
    }

    /** MISALIGNED before NOT_UNDERPINNED before ALIGNED, counting findings only (a note does not colour a target). */
    private static String worst(List<AlignmentLine> lines) {
        Set<String> found = lines.stream()
                .filter(AlignmentLine::finding)
                .map(AlignmentLine::verdict)
                .collect(Collectors.toSet());
        if (found.contains(Alignment.MISALIGNED.name())) {
            return Alignment.MISALIGNED.name();
        }
        return found.contains(Alignment.NOT_UNDERPINNED.name())
                ? Alignment.NOT_UNDERPINNED.name()
                : Alignment.ALIGNED.name();
    }

    private static TargetAlignment concerning(TargetAlignment target, Long agreementId) {
        List<AlignmentLine> lines = target.lines().stream()
                .filter(l -> l.agreementId() == null || agreementId.equals(l.agreementId()))
                .toList();
        return new TargetAlignment(
                target.slaTarget(),
                target.metric(),
                target.needsUnderpinning(),
                target.internalHandlingMinutes(),
                target.underpinnedBy(),
                worst(lines),
                lines);
    }

    /** One SLA as the check read it. */
    private record Assessed(
            MeasurableAgreement sla,
            Validity validity,
            UnderpinningMap map,
            Map<Long, SupplierAgreement> agreements,
            LocalDate today,
            List<CheckedVerdict> lines) {}
}
