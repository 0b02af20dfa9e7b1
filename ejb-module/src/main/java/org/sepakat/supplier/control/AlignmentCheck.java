package org.sepakat.supplier.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.Validity;
import org.sepakat.supplier.entity.AgreementStatus;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.TargetHandling;
import org.sepakat.supplier.entity.Underpinning;
import org.sepakat.supplier.entity.UnderpinningMap;

/**
 * SUP-7: an SLA held against what underpins it. Reads the SLA's published terms and its
 * underpinning map into the {@link CustomerTarget}s and {@link SupplierTarget}s the
 * {@link AlignmentRules} compare, and turns their verdicts into the lines of the SLA's alignment
 * table. Only an agreed, active or revised agreement underpins; a draft or an ended one, or a
 * target the agreement no longer has, is noted and left out (the rules then see the gap).
 */
public final class AlignmentCheck {

    private final AlignmentRules rules;
    private final Function<String, Optional<CalendarTerm>> calendars;

    /** {@code calendars}: the service calendars by code (the SLA's own come with its terms). */
    public AlignmentCheck(LocalDate today, Function<String, Optional<CalendarTerm>> calendars) {
        this.rules = new AlignmentRules(today);
        this.calendars = calendars;
    }

    /** Whether an agreement in this status underpins SLA targets. */
    public static boolean underpins(AgreementStatus status) {
        return status == AgreementStatus.AGREED
                || status == AgreementStatus.ACTIVE
                || status == AgreementStatus.UNDER_REVIEW;
    }

    /**
     * The lines of the SLA's table, target by target in the SLA's order: notes on underpinnings that
     * do not count, then every verdict of the rules. {@code agreements}: those the map names, by id.
     */
    public List<CheckedVerdict> check(
            MeasurableAgreement sla, Validity validity, UnderpinningMap map, Map<Long, SupplierAgreement> agreements) {
        List<CheckedVerdict> lines = new ArrayList<>();
        for (TargetTerm target : sla.targets()) {
            List<Underpinning> recorded = map == null ? List.of() : map.underpinningsOf(target.name());
            List<Counted> counted = new ArrayList<>();
            for (Underpinning u : recorded) {
                SupplierAgreement agreement = agreements.get(u.getAgreementId());
                Optional<AgreementTarget> supplierTarget = agreement == null
                        ? Optional.empty()
                        : agreement.getTargets().stream()
                                .filter(t -> t.getName().equals(u.getSupplierTarget()))
                                .findFirst();
                if (agreement == null) {
                    continue;
                }
                if (!underpins(agreement.getStatus())) {
                    lines.add(note(target, agreement, u, "alignment.notInForce", agreement.getStatus()));
                } else if (supplierTarget.isEmpty()) {
                    lines.add(note(target, agreement, u, "alignment.targetGone", u.getSupplierTarget()));
                } else {
                    counted.add(new Counted(agreement, supplierTarget.get().term()));
                }
            }
            CustomerTarget customer = customer(sla, validity, target, map);
            List<SupplierTarget> suppliers =
                    counted.stream().map(this::supplier).toList();
            for (Verdict verdict : rules.assess(customer, suppliers)) {
                lines.add(line(target, verdict, counted));
            }
        }
        return lines;
    }

    /** The SLA target as the rules read it: its calendar, the SLA's end, the map's need and handling time. */
    public static CustomerTarget customer(
            MeasurableAgreement sla, Validity validity, TargetTerm target, UnderpinningMap map) {
        Optional<TargetHandling> handling = map == null ? Optional.empty() : map.handlingOf(target.name());
        CalendarTerm calendar = target.calendarCode() == null
                ? null
                : sla.calendar(target.calendarCode()).orElse(null);
        return new CustomerTarget(
                target,
                calendar,
                validity.to(),
                handling.map(TargetHandling::isNeedsUnderpinning).orElse(false),
                target.metric().isTicketShare()
                        ? handling.map(TargetHandling::internalHandling).orElse(null)
                        : null);
    }

    /** A supplier target as the rules read it: its agreement's reference and terms, its calendar. */
    SupplierTarget supplier(Counted counted) {
        String code = counted.target().calendarCode();
        CalendarTerm calendar = code == null ? null : calendars.apply(code).orElse(null);
        return new SupplierTarget(
                counted.agreement().getReference(),
                counted.target(),
                calendar,
                counted.agreement().getCommercialTerms());
    }

    private static CheckedVerdict line(TargetTerm target, Verdict verdict, List<Counted> counted) {
        if (verdict.contract() == null) {
            return new CheckedVerdict(target.name(), verdict, null, List.of(), !verdict.isAligned());
        }
        List<Counted> concerned = counted.stream()
                .filter(c -> c.agreement().getReference().equals(verdict.contract()))
                .filter(c -> !sameMetricRule(verdict.rule()) || c.target().metric() == target.metric())
                .toList();
        Long agreementId =
                concerned.isEmpty() ? null : concerned.get(0).agreement().getId();
        List<String> names = concerned.stream()
                .map(c -> c.target().name())
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        return new CheckedVerdict(target.name(), verdict, agreementId, names, !verdict.isAligned());
    }

    private static boolean sameMetricRule(AlignmentRule rule) {
        return rule == AlignmentRule.TIME || rule == AlignmentRule.SHARE;
    }

    private static CheckedVerdict note(
            TargetTerm target, SupplierAgreement agreement, Underpinning u, String key, Object detail) {
        Verdict verdict = new Verdict(
                AlignmentRule.UNDERPINNING,
                Alignment.NOT_UNDERPINNED,
                agreement.getReference(),
                key,
                List.of(target.name(), agreement.getReference(), detail));
        return new CheckedVerdict(target.name(), verdict, agreement.getId(), List.of(u.getSupplierTarget()), false);
    }

    /** A supplier target that counts, with the agreement it is in. */
    record Counted(SupplierAgreement agreement, TargetTerm target) {}

    /** Whether a metric's targets have an internal handling time (tickets reach the supplier through us). */
    public static boolean hasHandlingTime(TargetMetric metric) {
        return metric.isTicketShare();
    }
}
