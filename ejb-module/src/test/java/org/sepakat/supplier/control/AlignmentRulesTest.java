package org.sepakat.supplier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OpeningHours;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.RenewalKind;

/**
 * SUP-7: supplier targets against the customer targets they underpin, on hand-worked numbers.
 * Assessed on Saturday 5 December 2026: Jakarta is UTC+7, Amsterdam UTC+1 (winter time).
 */
class AlignmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final LocalDate SLA_ENDS = LocalDate.of(2027, 12, 31);
    private static final AlignmentRules RULES = new AlignmentRules(TODAY);
    private static final List<DayOfWeek> WEEKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** 8×5: Monday to Friday 09:00–17:00, 40 service hours a week. */
    private static CalendarTerm eightByFive(String zone) {
        return new CalendarTerm(
                "8X5",
                zone,
                WEEKDAYS.stream()
                        .map(d -> new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                        .toList(),
                List.of());
    }

    /** Everything 8×5 in Jakarta leaves out: weekday nights and the weekend. */
    private static CalendarTerm outOfHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            hours.add(new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.of(9, 0)));
            hours.add(new OpeningHours(day, LocalTime.of(17, 0), LocalTime.MIDNIGHT));
        }
        hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        hours.add(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        return new CalendarTerm("NIGHTS", "Asia/Jakarta", hours, List.of());
    }

    private static TargetTerm resolution(String hours, String percent, MeasurementPeriod period) {
        return TargetTerm.resolution("P1 resolved", "P1", new BigDecimal(hours), new BigDecimal(percent), period, null);
    }

    private static CustomerTarget customer(TargetTerm target, CalendarTerm calendar, Duration handling) {
        return new CustomerTarget(target, calendar, SLA_ENDS, true, handling);
    }

    private static SupplierTarget supplier(String contract, TargetTerm target, CalendarTerm calendar) {
        return new SupplierTarget(contract, target, calendar, null);
    }

    private static SupplierTarget contract(String contract, CommercialTerms terms) {
        return new SupplierTarget(contract, resolution("4", "95", MeasurementPeriod.MONTH), null, terms);
    }

    private static CommercialTerms terms(
            LocalDate starts, Period initial, RenewalKind renewal, Period renewalPeriod, Period notice) {
        return new CommercialTerms(
                new BigDecimal("5000"), Currency.getInstance("EUR"), starts, initial, renewal, renewalPeriod, notice);
    }

    // --- time ---------------------------------------------------------------------------------------

    @Test
    @DisplayName("8 business hours on 8×5 under 8 hours on 24×7: worst 72 h against 8 h, 64 h late from Friday 09:01")
    void eightBusinessHoursUnderTwentyFourSevenIsMisaligned() {
        // Raised on Friday 09:01 (Jakarta) the supplier works 7 h 59 min on Friday and 1 min on Monday:
        // done Monday 09:01, 72 h later, while the customer's 8 hours on 24×7 end on Friday 17:01:
        // 64 h late. Every start from Friday 09:01 to 17:00 is as late; 09:01 is the first in the week.
        Verdict verdict = RULES.time(
                        customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO),
                        List.of(supplier(
                                "UC-NET", resolution("8", "95", MeasurementPeriod.MONTH), eightByFive("Asia/Jakarta"))))
                .get(0);

        assertThat(verdict.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(verdict.reasonKey()).isEqualTo("alignment.time.exceeds");
        assertThat(verdict.contract()).isEqualTo("UC-NET");
        // the customer has no calendar (24×7, UTC): the worst start is told in UTC, Friday 09:01 WIB = 02:01 UTC
        assertThat(verdict.arguments())
                .containsExactly(
                        "P1 resolved",
                        "UC-NET",
                        new BigDecimal("8"),
                        new BigDecimal("0.00"),
                        new BigDecimal("8"),
                        new BigDecimal("72.00"),
                        new BigDecimal("8.00"),
                        new BigDecimal("64.00"),
                        DayOfWeek.FRIDAY,
                        LocalTime.of(2, 1));
    }

    @Test
    @DisplayName("4 h on 24×7 plus 1 h handling fit in 8 business hours on 8×5 (worst 72 h)")
    void fasterSupplierOnLongerHoursIsAligned() {
        // every start t: the supplier ends at t + 1 h + 4 h; the customer's 8 service hours take at least 8 h
        Verdict verdict = RULES.time(
                        customer(
                                resolution("8", "95", MeasurementPeriod.MONTH),
                                eightByFive("Asia/Jakarta"),
                                Duration.ofHours(1)),
                        List.of(supplier("UC-NET", resolution("4", "95", MeasurementPeriod.MONTH), null)))
                .get(0);

        assertThat(verdict.alignment()).isEqualTo(Alignment.ALIGNED);
        assertThat(verdict.reasonKey()).isEqualTo("alignment.time.fits");
        assertThat(verdict.arguments())
                .containsExactly(
                        "P1 resolved",
                        "UC-NET",
                        new BigDecimal("4"),
                        new BigDecimal("1.00"),
                        new BigDecimal("8"),
                        new BigDecimal("4.00"),
                        new BigDecimal("72.00"));
    }

    @Test
    @DisplayName("48 h on 24×7 under 8 business hours on 8×5: worst cases 48 < 72 h, yet Monday 09:00 is 40 h late")
    void comparingWorstCasesAloneIsNotEnough() {
        // raised Monday 09:00 WIB: due to the customer Monday 17:00, the supplier ends Wednesday 09:00: 40 h late
        Verdict verdict = RULES.time(
                        customer(
                                resolution("8", "95", MeasurementPeriod.MONTH),
                                eightByFive("Asia/Jakarta"),
                                Duration.ZERO),
                        List.of(supplier("UC-NET", resolution("48", "95", MeasurementPeriod.MONTH), null)))
                .get(0);

        assertThat(verdict.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(verdict.arguments())
                .containsExactly(
                        "P1 resolved",
                        "UC-NET",
                        new BigDecimal("48"),
                        new BigDecimal("0.00"),
                        new BigDecimal("8"),
                        new BigDecimal("48.00"),
                        new BigDecimal("72.00"),
                        new BigDecimal("40.00"),
                        DayOfWeek.MONDAY,
                        LocalTime.of(9, 0));
    }

    @Test
    @DisplayName("3 h + 1 h handling fit exactly in 4 h on 24×7; 1 h 01 min of handling is 1 minute (0.02 h) late")
    void internalHandlingCounts() {
        TargetTerm customerTarget = resolution("4", "95", MeasurementPeriod.MONTH);
        List<SupplierTarget> supplier =
                List.of(supplier("OLA-DB", resolution("3", "95", MeasurementPeriod.MONTH), null));

        Verdict exact = RULES.time(customer(customerTarget, null, Duration.ofHours(1)), supplier)
                .get(0);
        Verdict late = RULES.time(customer(customerTarget, null, Duration.ofMinutes(61)), supplier)
                .get(0);

        assertThat(exact.alignment()).isEqualTo(Alignment.ALIGNED);
        assertThat(late.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(late.arguments().subList(7, 10))
                .containsExactly(new BigDecimal("0.02"), DayOfWeek.MONDAY, LocalTime.MIDNIGHT);
    }

    @Test
    void aSupplierCalendarWithoutHoursNeverResolves() {
        CalendarTerm closed = new CalendarTerm("CLOSED", "UTC", List.of(), List.of());
        Verdict verdict = RULES.time(
                        customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO),
                        List.of(supplier("UC-NET", resolution("1", "95", MeasurementPeriod.MONTH), closed)))
                .get(0);

        assertThat(verdict.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(verdict.reasonKey()).isEqualTo("alignment.time.noServiceHours");
    }

    @Test
    @DisplayName(
            "A resolution target is not underpinned by a supplier's response target; availability has no time rule")
    void timeComparesTheSameMetricOnly() {
        TargetTerm response = TargetTerm.response(
                "P1 answered", "P1", BigDecimal.ONE, new BigDecimal("95"), MeasurementPeriod.MONTH, null);
        List<Verdict> verdicts = RULES.time(
                customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO),
                List.of(supplier("UC-NET", response, null)));

        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.alignment()).isEqualTo(Alignment.NOT_UNDERPINNED);
            assertThat(v.reasonKey()).isEqualTo("alignment.noComparableTarget");
            assertThat(v.arguments()).containsExactly("P1 resolved", TargetMetric.RESOLUTION_TIME);
        });
        assertThat(RULES.time(
                        customer(
                                TargetTerm.availability("Up", null, new BigDecimal("99.9"), MeasurementPeriod.MONTH),
                                null,
                                Duration.ZERO),
                        List.of(supplier("UC-NET", response, null))))
                .isEmpty();
    }

    // --- share --------------------------------------------------------------------------------------

    @Test
    @DisplayName(
            "Share: 90 % of the supplier's tickets in time under the customer's 95 % is misaligned, 95 % is aligned")
    void supplierShareMustReachTheCustomers() {
        List<Verdict> verdicts = RULES.share(
                customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO),
                List.of(
                        supplier("UC-NET", resolution("4", "90", MeasurementPeriod.MONTH), null),
                        supplier("OLA-DB", resolution("4", "95.0", MeasurementPeriod.MONTH), null)));

        assertThat(verdicts)
                .extracting(Verdict::alignment, Verdict::reasonKey)
                .containsExactly(
                        tuple(Alignment.MISALIGNED, "alignment.share.below"),
                        tuple(Alignment.ALIGNED, "alignment.share.fits"));
        assertThat(verdicts.get(0).arguments())
                .containsExactly("P1 resolved", "UC-NET", new BigDecimal("90"), new BigDecimal("95"));
    }

    // --- coverage -----------------------------------------------------------------------------------

    @Test
    @DisplayName("Coverage: 8×5 under 24×7 leaves 168 − 40 = 128 hours a week uncovered")
    void eightByFiveDoesNotCoverTwentyFourSeven() {
        Verdict verdict = RULES.coverage(
                customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO),
                List.of(supplier(
                        "UC-NET", resolution("8", "95", MeasurementPeriod.MONTH), eightByFive("Asia/Jakarta"))));

        assertThat(verdict.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(verdict.reasonKey()).isEqualTo("alignment.coverage.gap");
        // Monday 00:00 UTC is 07:00 in Jakarta, before the supplier opens
        assertThat(verdict.arguments())
                .containsExactly(
                        "P1 resolved",
                        new BigDecimal("128.00"),
                        new BigDecimal("168.00"),
                        DayOfWeek.MONDAY,
                        LocalTime.MIDNIGHT);
    }

    @Test
    @DisplayName("Coverage: 8×5 and an out-of-hours supplier together cover 24×7")
    void theUnionOfSuppliersCounts() {
        Verdict verdict = RULES.coverage(
                customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO),
                List.of(
                        supplier("UC-NET", resolution("8", "95", MeasurementPeriod.MONTH), eightByFive("Asia/Jakarta")),
                        supplier("UC-NOC", resolution("8", "95", MeasurementPeriod.MONTH), outOfHours())));

        assertThat(verdict.alignment()).isEqualTo(Alignment.ALIGNED);
        assertThat(verdict.arguments()).containsExactly("P1 resolved", new BigDecimal("168.00"));
    }

    @Test
    @DisplayName(
            "Coverage across zones: 09–17 in Amsterdam (08–16 UTC) covers only 15–17 of 09–17 in Jakarta (02–10 UTC)")
    void zonesAreLaidOverEachOther() {
        // uncovered each weekday: Jakarta 09:00-15:00, 6 h × 5 = 30 h of 40 h
        Verdict verdict = RULES.coverage(
                customer(resolution("8", "95", MeasurementPeriod.MONTH), eightByFive("Asia/Jakarta"), Duration.ZERO),
                List.of(supplier(
                        "UC-EU", resolution("8", "95", MeasurementPeriod.MONTH), eightByFive("Europe/Amsterdam"))));

        assertThat(verdict.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(verdict.arguments())
                .containsExactly(
                        "P1 resolved",
                        new BigDecimal("30.00"),
                        new BigDecimal("40.00"),
                        DayOfWeek.MONDAY,
                        LocalTime.of(9, 0));
    }

    // --- availability -------------------------------------------------------------------------------

    private static SupplierTarget availability(String contract, String percent) {
        return supplier(
                contract, TargetTerm.availability("Up", null, new BigDecimal(percent), MeasurementPeriod.MONTH), null);
    }

    private static CustomerTarget availabilityTarget(String percent) {
        return customer(
                TargetTerm.availability("Service up", null, new BigDecimal(percent), MeasurementPeriod.MONTH),
                null,
                Duration.ZERO);
    }

    @Test
    @DisplayName("Availability: 98 % under 99.9 % is misaligned (98.0000 %)")
    void lowerSupplierAvailabilityIsMisaligned() {
        Verdict verdict = RULES.availability(availabilityTarget("99.9"), List.of(availability("UC-DC", "98")));

        assertThat(verdict.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(verdict.reasonKey()).isEqualTo("alignment.availability.below");
        assertThat(verdict.arguments())
                .containsExactly("Service up", new BigDecimal("98.0000"), new BigDecimal("99.9"), 1);
    }

    @Test
    @DisplayName("Availability: 99.95 % × 99.95 % = 99.900025 %, cut to 99.9000 %, reaches 99.9 %")
    void serialProductReachesTheTarget() {
        Verdict verdict = RULES.availability(
                availabilityTarget("99.9"), List.of(availability("UC-DC", "99.95"), availability("UC-NET", "99.95")));

        assertThat(verdict.alignment()).isEqualTo(Alignment.ALIGNED);
        assertThat(verdict.reasonKey()).isEqualTo("alignment.availability.reaches");
        assertThat(verdict.arguments())
                .containsExactly("Service up", new BigDecimal("99.9000"), new BigDecimal("99.9"), 2);
    }

    @Test
    @DisplayName("Availability: 99.95 % × 99.94 % = 99.89003 %, cut to 99.8900 %, misses 99.9 %")
    void serialProductJustMisses() {
        Verdict verdict = RULES.availability(
                availabilityTarget("99.9"), List.of(availability("UC-DC", "99.95"), availability("UC-NET", "99.94")));

        assertThat(verdict.alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(verdict.arguments().get(1)).isEqualTo(new BigDecimal("99.8900"));
    }

    // --- period -------------------------------------------------------------------------------------

    @Test
    @DisplayName(
            "Period: a quarterly supplier target under a monthly SLA target is flagged; monthly under quarterly is not")
    void longerSupplierPeriodIsFlagged() {
        List<Verdict> underMonthly = RULES.period(
                customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO),
                List.of(supplier("UC-NET", resolution("4", "95", MeasurementPeriod.QUARTER), null)));
        List<Verdict> underQuarterly = RULES.period(
                customer(resolution("8", "95", MeasurementPeriod.QUARTER), null, Duration.ZERO),
                List.of(supplier("UC-NET", resolution("4", "95", MeasurementPeriod.MONTH), null)));

        assertThat(underMonthly).singleElement().satisfies(v -> {
            assertThat(v.alignment()).isEqualTo(Alignment.MISALIGNED);
            assertThat(v.reasonKey()).isEqualTo("alignment.period.longer");
            assertThat(v.arguments())
                    .containsExactly("P1 resolved", "UC-NET", MeasurementPeriod.QUARTER, MeasurementPeriod.MONTH);
        });
        assertThat(underQuarterly)
                .singleElement()
                .extracting(Verdict::alignment)
                .isEqualTo(Alignment.ALIGNED);
    }

    // --- term ---------------------------------------------------------------------------------------

    @Test
    @DisplayName("Term, SLA valid to 31 Dec 2027, assessed 5 Dec 2026: each contract's dates against it")
    void contractDatesAgainstTheSla() {
        CustomerTarget target = customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO);
        List<Verdict> verdicts = RULES.term(
                target,
                List.of(
                        // express, not renewed: ends 31 Dec 2026, a year before the SLA
                        contract(
                                "UC-A",
                                terms(
                                        LocalDate.of(2026, 1, 1),
                                        Period.ofYears(1),
                                        RenewalKind.EXPRESS,
                                        Period.ofYears(1),
                                        Period.ofMonths(1))),
                        // tacit yearly from 2025, 3 months notice: 30 Sep 2026 passed, next deadline 30 Sep 2027
                        contract(
                                "UC-B",
                                terms(
                                        LocalDate.of(2025, 1, 1),
                                        Period.ofYears(1),
                                        RenewalKind.TACIT,
                                        Period.ofYears(1),
                                        Period.ofMonths(3))),
                        // tacit, first term to 31 Dec 2028, deadline 30 Nov 2028: after the SLA
                        contract(
                                "UC-C",
                                terms(
                                        LocalDate.of(2026, 1, 1),
                                        Period.ofYears(3),
                                        RenewalKind.TACIT,
                                        Period.ofYears(1),
                                        Period.ofMonths(1))),
                        // no renewal, ended 31 Dec 2025
                        contract(
                                "UC-D",
                                terms(LocalDate.of(2025, 1, 1), Period.ofYears(1), RenewalKind.NONE, null, null)),
                        // an OLA without commercial terms; a second target of UC-C adds no verdict
                        contract("OLA-E", null),
                        contract("UC-C", null)));

        assertThat(verdicts)
                .extracting(Verdict::contract, Verdict::alignment, Verdict::reasonKey)
                .containsExactly(
                        tuple("UC-A", Alignment.MISALIGNED, "alignment.term.expiresBeforeSla"),
                        tuple("UC-B", Alignment.MISALIGNED, "alignment.term.noticeBeforeSla"),
                        tuple("UC-C", Alignment.ALIGNED, "alignment.term.covers"),
                        tuple("UC-D", Alignment.MISALIGNED, "alignment.term.expired"),
                        tuple("OLA-E", Alignment.ALIGNED, "alignment.term.openEnded"));
        assertThat(verdicts.get(0).arguments())
                .containsExactly("P1 resolved", "UC-A", LocalDate.of(2026, 12, 31), SLA_ENDS);
        assertThat(verdicts.get(1).arguments())
                .containsExactly(
                        "P1 resolved", "UC-B", LocalDate.of(2027, 9, 30), LocalDate.of(2027, 12, 31), SLA_ENDS);
        assertThat(verdicts.get(3).arguments()).containsExactly("P1 resolved", "UC-D", LocalDate.of(2025, 12, 31));
    }

    @Test
    @DisplayName("Term under an open-ended SLA: any expiry and any notice deadline are flagged")
    void openEndedSlaFlagsAnyEnd() {
        CustomerTarget openEnded =
                new CustomerTarget(resolution("8", "95", MeasurementPeriod.MONTH), null, null, true, Duration.ZERO);
        CommercialTerms tacit = terms(
                LocalDate.of(2026, 1, 1), Period.ofYears(3), RenewalKind.TACIT, Period.ofYears(1), Period.ofMonths(1));

        List<Verdict> verdicts = RULES.term(
                openEnded,
                List.of(contract("UC-C", tacit), contract("UC-F", tacit.withNoticeGivenOn(LocalDate.of(2026, 6, 1)))));

        // UC-C: deadline 30 Nov 2028 for the term ending 31 Dec 2028; UC-F: notice given, ends 31 Dec 2028
        assertThat(verdicts)
                .extracting(Verdict::reasonKey)
                .containsExactly("alignment.term.noticeOpenSla", "alignment.term.expiresOpenSla");
        assertThat(verdicts.get(0).arguments())
                .containsExactly("P1 resolved", "UC-C", LocalDate.of(2028, 11, 30), LocalDate.of(2028, 12, 31));
        assertThat(verdicts.get(1).arguments()).containsExactly("P1 resolved", "UC-F", LocalDate.of(2028, 12, 31));
    }

    // --- underpinning and the whole assessment ------------------------------------------------------

    @Test
    @DisplayName("A target needing underpinning with none recorded is NOT_UNDERPINNED, and that is the only verdict")
    void missingUnderpinningIsReported() {
        CustomerTarget target = customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO);

        assertThat(RULES.assess(target, List.of())).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(AlignmentRule.UNDERPINNING);
            assertThat(v.alignment()).isEqualTo(Alignment.NOT_UNDERPINNED);
            assertThat(v.reasonKey()).isEqualTo("alignment.underpinning.missing");
            assertThat(v.arguments()).containsExactly("P1 resolved");
        });
        CustomerTarget internalOnly = new CustomerTarget(target.target(), null, SLA_ENDS, false, Duration.ZERO);
        assertThat(RULES.underpinning(internalOnly, List.of()).reasonKey())
                .isEqualTo("alignment.underpinning.notNeeded");
    }

    @Test
    @DisplayName("The whole assessment of a 24×7 resolution target underpinned by an 8×5 quarterly 90 % supplier")
    void assessmentRunsEveryRuleThatApplies() {
        CustomerTarget target = customer(resolution("8", "95", MeasurementPeriod.MONTH), null, Duration.ZERO);
        SupplierTarget weak = new SupplierTarget(
                "UC-NET",
                resolution("8", "90", MeasurementPeriod.QUARTER),
                eightByFive("Asia/Jakarta"),
                terms(
                        LocalDate.of(2026, 1, 1),
                        Period.ofYears(3),
                        RenewalKind.TACIT,
                        Period.ofYears(1),
                        Period.ofMonths(1)));

        assertThat(RULES.assess(target, List.of(weak)))
                .extracting(Verdict::rule, Verdict::alignment)
                .containsExactly(
                        tuple(AlignmentRule.TIME, Alignment.MISALIGNED),
                        tuple(AlignmentRule.SHARE, Alignment.MISALIGNED),
                        tuple(AlignmentRule.COVERAGE, Alignment.MISALIGNED),
                        tuple(AlignmentRule.PERIOD, Alignment.MISALIGNED),
                        tuple(AlignmentRule.TERM, Alignment.ALIGNED),
                        tuple(AlignmentRule.UNDERPINNING, Alignment.ALIGNED));
    }
}
