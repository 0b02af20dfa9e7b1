package org.sepakat.supplier.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.supplier.entity.CommercialTerms;

/**
 * SUP-7: whether the supplier targets underpinning a customer SLA target support it. Each rule
 * gives verdicts with a bundle key and the numbers it compared; a misalignment is a risk to record.
 * The rules, as the README's "Contract dates and alignment rules" states them:
 *
 * <ul>
 *   <li>{@link AlignmentRule#TIME} (response and resolution targets, per supplier target of the
 *       same metric): see {@link TimeRule}.
 *   <li>{@link AlignmentRule#SHARE}: the supplier's share within time (e.g. 90 %) is at least the
 *       customer's.
 *   <li>{@link AlignmentRule#COVERAGE}: every minute of the customer's weekly service hours is a
 *       service minute of at least one underpinning supplier target (their union), zones taken into
 *       account; 8×5 under 24×7 leaves 128 hours a week uncovered.
 *   <li>{@link AlignmentRule#AVAILABILITY}: the suppliers are serial dependencies, so the composite
 *       availability is the product of their targets, in percent cut (never rounded up) to 4
 *       decimals; it must reach the customer's target. 99.95 % × 99.95 % = 99.9000 % reaches
 *       99.9 %; 98 % does not.
 *   <li>{@link AlignmentRule#PERIOD}: a supplier target measured over a longer period than the
 *       customer's (a quarter under a month) can hide a bad month, so it is flagged.
 *   <li>{@link AlignmentRule#TERM} (per contract): an expired contract, one that expires before
 *       the SLA's validity ends (or at all, under an open-ended SLA), or one with a notice deadline
 *       before that day, is flagged; an agreement without commercial terms has no end: see
 *       {@link TermRule}.
 *   <li>{@link AlignmentRule#UNDERPINNING}: a target that needs underpinning has at least one
 *       supplier target; a metric rule with no supplier target of its metric says NOT_UNDERPINNED.
 * </ul>
 */
public final class AlignmentRules {

    /** Scale of an availability in percent: 99.9000. */
    public static final int PERCENT_SCALE = 4;

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final LocalDate today;
    private final TimeRule time;
    private final TermRule term;

    /** Rules assessed on {@code today}: contract dates and zone offsets are taken on it. */
    public AlignmentRules(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
        this.time = new TimeRule(today);
        this.term = new TermRule(today);
    }

    /** Every rule that applies to the customer target's metric, in the order of {@link AlignmentRule}. */
    public List<Verdict> assess(CustomerTarget customer, List<SupplierTarget> suppliers) {
        List<Verdict> verdicts = new ArrayList<>();
        if (!suppliers.isEmpty()) {
            verdicts.addAll(time(customer, suppliers));
            verdicts.addAll(share(customer, suppliers));
            verdicts.add(coverage(customer, suppliers));
            if (customer.target().metric() == TargetMetric.AVAILABILITY) {
                verdicts.add(availability(customer, suppliers));
            }
            verdicts.addAll(period(customer, suppliers));
            verdicts.addAll(term(customer, suppliers));
        }
        verdicts.add(underpinning(customer, suppliers));
        return verdicts;
    }

    /** One verdict per supplier target of the same response or resolution metric; none for other metrics. */
    public List<Verdict> time(CustomerTarget customer, List<SupplierTarget> suppliers) {
        if (!customer.target().metric().isTicketShare()) {
            return List.of();
        }
        List<SupplierTarget> comparable = sameMetric(customer, suppliers);
        if (comparable.isEmpty()) {
            return List.of(notUnderpinned(AlignmentRule.TIME, customer));
        }
        return comparable.stream().map(s -> time.verdict(customer, s)).toList();
    }

    /** One verdict per supplier target of the same response or resolution metric; none for other metrics. */
    public List<Verdict> share(CustomerTarget customer, List<SupplierTarget> suppliers) {
        if (!customer.target().metric().isTicketShare()) {
            return List.of();
        }
        List<SupplierTarget> comparable = sameMetric(customer, suppliers);
        if (comparable.isEmpty()) {
            return List.of(notUnderpinned(AlignmentRule.SHARE, customer));
        }
        BigDecimal wanted = customer.target().threshold();
        return comparable.stream()
                .map(s -> {
                    BigDecimal offered = s.target().threshold();
                    boolean fits = offered.compareTo(wanted) >= 0;
                    return new Verdict(
                            AlignmentRule.SHARE,
                            fits ? Alignment.ALIGNED : Alignment.MISALIGNED,
                            s.contract(),
                            fits ? "alignment.share.fits" : "alignment.share.below",
                            List.of(customer.name(), s.contract(), offered, wanted));
                })
                .toList();
    }

    /** One verdict for all underpinnings together: their service hours' union against the customer's. */
    public Verdict coverage(CustomerTarget customer, List<SupplierTarget> suppliers) {
        if (suppliers.isEmpty()) {
            return notUnderpinned(AlignmentRule.COVERAGE, customer);
        }
        WeeklyServiceHours wanted = WeeklyServiceHours.of(customer.calendar(), today);
        List<WeeklyServiceHours> offered = suppliers.stream()
                .map(s -> WeeklyServiceHours.of(s.calendar(), today))
                .toList();
        long uncovered = 0;
        long first = -1;
        for (long local = 0; local < WeeklyServiceHours.WEEK; local++) {
            long minute = wanted.utcMinute(local);
            if (wanted.isOpen(minute) && offered.stream().noneMatch(h -> h.isOpen(minute))) {
                uncovered++;
                first = first < 0 ? minute : first;
            }
        }
        BigDecimal weekly = TimeRule.hours(wanted.weeklyMinutes());
        if (uncovered == 0) {
            return new Verdict(
                    AlignmentRule.COVERAGE,
                    Alignment.ALIGNED,
                    null,
                    "alignment.coverage.covered",
                    List.of(customer.name(), weekly));
        }
        return new Verdict(
                AlignmentRule.COVERAGE,
                Alignment.MISALIGNED,
                null,
                "alignment.coverage.gap",
                List.of(
                        customer.name(),
                        TimeRule.hours(uncovered),
                        weekly,
                        wanted.localDay(first),
                        wanted.localTime(first)));
    }

    /** One verdict for all availability targets together: their product against the customer's target. */
    public Verdict availability(CustomerTarget customer, List<SupplierTarget> suppliers) {
        List<SupplierTarget> comparable = suppliers.stream()
                .filter(s -> s.target().metric() == TargetMetric.AVAILABILITY)
                .toList();
        if (comparable.isEmpty()) {
            return notUnderpinned(AlignmentRule.AVAILABILITY, customer);
        }
        BigDecimal product = BigDecimal.ONE;
        for (SupplierTarget s : comparable) {
            product = product.multiply(s.target().threshold().divide(HUNDRED), MathContext.DECIMAL128);
        }
        BigDecimal percent = product.multiply(HUNDRED).setScale(PERCENT_SCALE, RoundingMode.DOWN);
        BigDecimal wanted = customer.target().threshold();
        boolean reaches = percent.compareTo(wanted) >= 0;
        return new Verdict(
                AlignmentRule.AVAILABILITY,
                reaches ? Alignment.ALIGNED : Alignment.MISALIGNED,
                null,
                reaches ? "alignment.availability.reaches" : "alignment.availability.below",
                List.of(customer.name(), percent, wanted, comparable.size()));
    }

    /** One verdict per supplier target: its measurement period against the customer's. */
    public List<Verdict> period(CustomerTarget customer, List<SupplierTarget> suppliers) {
        MeasurementPeriod wanted = customer.target().period();
        return suppliers.stream()
                .map(s -> {
                    MeasurementPeriod offered = s.target().period();
                    boolean fits = months(offered) <= months(wanted);
                    return new Verdict(
                            AlignmentRule.PERIOD,
                            fits ? Alignment.ALIGNED : Alignment.MISALIGNED,
                            s.contract(),
                            fits ? "alignment.period.fits" : "alignment.period.longer",
                            List.of(customer.name(), s.contract(), offered, wanted));
                })
                .toList();
    }

    private static int months(MeasurementPeriod period) {
        return switch (period) {
            case MONTH -> 1;
            case QUARTER -> 3;
        };
    }

    /** One verdict per contract (several targets of one contract share its dates): see {@link TermRule}. */
    public List<Verdict> term(CustomerTarget customer, List<SupplierTarget> suppliers) {
        Map<String, CommercialTerms> contracts = new LinkedHashMap<>();
        suppliers.forEach(s -> contracts.putIfAbsent(s.contract(), s.terms()));
        List<Verdict> verdicts = new ArrayList<>();
        contracts.forEach((contract, terms) -> verdicts.add(term.verdict(customer, contract, terms)));
        return verdicts;
    }

    /** Whether a target that needs underpinning has any supplier target at all. */
    public Verdict underpinning(CustomerTarget customer, List<SupplierTarget> suppliers) {
        if (!customer.needsUnderpinning()) {
            return new Verdict(
                    AlignmentRule.UNDERPINNING,
                    Alignment.ALIGNED,
                    null,
                    "alignment.underpinning.notNeeded",
                    List.of(customer.name()));
        }
        if (suppliers.isEmpty()) {
            return new Verdict(
                    AlignmentRule.UNDERPINNING,
                    Alignment.NOT_UNDERPINNED,
                    null,
                    "alignment.underpinning.missing",
                    List.of(customer.name()));
        }
        return new Verdict(
                AlignmentRule.UNDERPINNING,
                Alignment.ALIGNED,
                null,
                "alignment.underpinning.present",
                List.of(customer.name(), suppliers.size()));
    }

    private static List<SupplierTarget> sameMetric(CustomerTarget customer, List<SupplierTarget> suppliers) {
        return suppliers.stream()
                .filter(s -> s.target().metric() == customer.target().metric())
                .toList();
    }

    private static Verdict notUnderpinned(AlignmentRule rule, CustomerTarget customer) {
        return new Verdict(
                rule,
                Alignment.NOT_UNDERPINNED,
                null,
                "alignment.noComparableTarget",
                List.of(customer.name(), customer.target().metric()));
    }
}
