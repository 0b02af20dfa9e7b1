package org.sepakat.measurement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.ExclusionReason;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Rating;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.LimitTerm;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.ScopedService;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.WorkloadMetric;

class ReportBuilderTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final TargetTerm AVAILABILITY =
            TargetTerm.availability("Availability", "CAL", new BigDecimal("99.5"), MeasurementPeriod.MONTH);
    private static final TargetTerm RESPONSE = TargetTerm.response(
            "Response P1", "P1", BigDecimal.ONE, new BigDecimal("66.67"), MeasurementPeriod.MONTH, "CAL");
    private static final TargetTerm QUARTERLY = TargetTerm.resolution(
            "Quarterly resolution", "P2", BigDecimal.TEN, new BigDecimal("90"), MeasurementPeriod.QUARTER, null);
    private static final TargetTerm SATISFACTION = TargetTerm.kpi(
            "Satisfaction", Comparison.AT_MOST, new BigDecimal("3"), "complaints", MeasurementPeriod.MONTH);
    private static final LimitTerm CHANGES = new LimitTerm(
            "Changes", WorkloadMetric.CHANGES, null, 10, MeasurementPeriod.MONTH, OverLimitRule.SUSPEND_TARGETS);
    private static final LimitTerm USERS = new LimitTerm(
            "Named users", WorkloadMetric.NAMED_USERS, null, 50, MeasurementPeriod.MONTH, OverLimitRule.REPORT_ONLY);

    private static final ScopedService EMAIL = new ScopedService(1, "EMAIL");
    private static final ScopedService ERP = new ScopedService(2, "ERP");

    private static ReportBuilder.Results build(
            Period month, int services, List<TargetTerm> targets, List<LimitTerm> limits, Measured measured) {
        return build(month, List.of(EMAIL, ERP).subList(0, services), targets, limits, measured);
    }

    private static ReportBuilder.Results build(
            Period month,
            List<ScopedService> services,
            List<TargetTerm> targets,
            List<LimitTerm> limits,
            Measured measured) {
        return new ReportBuilder(month, JAKARTA, services)
                .build("SLA-1", List.of("waiting"), targets, limits, measured);
    }

    @Test
    @DisplayName(
            "SLM-4: above a limit that suspends targets, the month's targets are SUSPENDED with their attained value shown")
    void targetsAreSuspendedAboveALimit() {
        Measured measured = new Measured()
                .availability(0, new Measured.Availability(100_000, 0, 1_000, 0, 0))
                .tickets(1, new Measured.Tickets(3, 2, 0, 0))
                .tickets(2, new Measured.Tickets(10, 10, 0, 0))
                .workload(0, new Measured.Workload(new BigDecimal("12"), new BigDecimal("8")));
        ReportBuilder.Results results =
                build(Period.of(2026, 6), 1, List.of(AVAILABILITY, RESPONSE, QUARTERLY), List.of(CHANGES), measured);

        assertThat(results.targets())
                .extracting(TargetResult::getName, TargetResult::getOutcome)
                .containsExactly(
                        tuple("Availability", TargetOutcome.SUSPENDED),
                        tuple("Response P1", TargetOutcome.SUSPENDED),
                        tuple("Quarterly resolution", TargetOutcome.MET));
        assertThat(results.targets().get(0).getAttained()).isEqualByComparingTo("99.00");
        assertThat(results.targets().get(2).getMeasuredFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(results.limits()).extracting(LimitResult::getOutcome).containsExactly(LimitOutcome.EXCEEDED);
        assertThat(results.exclusions())
                .extracting(Exclusion::getAppliesTo, Exclusion::getReason, Exclusion::getDetail)
                .containsExactly(
                        tuple("Availability", ExclusionReason.SUSPENDED_OVER_LIMIT, "Changes"),
                        tuple("Response P1", ExclusionReason.SUSPENDED_OVER_LIMIT, "Changes"));
        assertThat(results.exclusions().get(0).getAmount()).isEqualByComparingTo("2");
    }

    @Test
    @DisplayName(
            "A limit that only reports leaves the targets as measured; 2 of 3 tickets is 66.67 %, which meets 66.67")
    void reportOnlyKeepsTargets() {
        LimitTerm reportOnly = new LimitTerm(
                "Tickets", WorkloadMetric.TICKETS, null, 10, MeasurementPeriod.MONTH, OverLimitRule.REPORT_ONLY);
        Measured measured = new Measured()
                .tickets(0, new Measured.Tickets(3, 2, 1, 5_400))
                .workload(0, new Measured.Workload(new BigDecimal("11"), BigDecimal.ZERO));
        ReportBuilder.Results results = build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(reportOnly), measured);

        assertThat(results.targets().get(0).getOutcome()).isEqualTo(TargetOutcome.MET);
        assertThat(results.targets().get(0).getAttained()).isEqualByComparingTo("66.67");
        assertThat(results.limits().get(0).getChangePercent())
                .as("nothing before: no change")
                .isNull();
        assertThat(results.exclusions())
                .extracting(Exclusion::getReason, e -> e.getAmount().longValue())
                .containsExactly(tuple(ExclusionReason.PAUSE, 5_400L), tuple(ExclusionReason.NOT_YET_DUE, 1L));
    }

    @Test
    @DisplayName(
            "A month without data: no tickets and no KPI value is NO_DATA, no outage is 100 % available; quarters are NOT_DUE mid-quarter")
    void monthWithoutData() {
        Measured measured = new Measured().availability(0, new Measured.Availability(50_000, 3_600, 0, 0, 0));
        ReportBuilder.Results results = build(
                Period.of(2026, 5),
                2,
                List.of(AVAILABILITY.withOptions(AvailabilityScope.POOLED, null), RESPONSE, QUARTERLY, SATISFACTION),
                List.of(USERS),
                measured);

        assertThat(results.targets())
                .extracting(TargetResult::getOutcome)
                .containsExactly(
                        TargetOutcome.MET, TargetOutcome.NO_DATA, TargetOutcome.NOT_DUE, TargetOutcome.NO_DATA);
        assertThat(results.targets().get(0).getAttained()).isEqualByComparingTo("100");
        assertThat(results.targets().get(0).getCounted())
                .as("service time × 2 services")
                .isEqualTo(100_000);
        assertThat(results.limits().get(0).getOutcome()).isEqualTo(LimitOutcome.NO_DATA);
        assertThat(results.exclusions())
                .extracting(Exclusion::getReason, e -> e.getAmount().longValue())
                .as("the maintenance of both services, in the pooled service time's unit")
                .containsExactly(tuple(ExclusionReason.MAINTENANCE_WINDOW, 7_200L));
        assertThat(PeriodReport.rate(results.targets(), results.limits()))
                .as("a KPI without evidence")
                .isEqualTo(Rating.AMBER);
    }

    @Test
    @DisplayName("SLM-4: share of the limit and change from the previous month, 2 decimals half up")
    void shareAndChange() {
        Measured measured =
                new Measured().workload(0, new Measured.Workload(new BigDecimal("45"), new BigDecimal("40")));
        LimitResult users = build(Period.of(2026, 3), 1, List.of(), List.of(USERS), measured)
                .limits()
                .get(0);

        assertThat(users.getShareOfLimit()).isEqualByComparingTo("90.00");
        assertThat(users.getChangePercent()).isEqualByComparingTo("12.50");
        assertThat(users.getOutcome()).isEqualTo(LimitOutcome.WITHIN);
        assertThat(Measures.change(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("-33.33");
        assertThat(Measures.percent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(Measures.percent(1, 3)).isEqualByComparingTo("33.33");
        assertThat(Measures.percent(2, 3)).isEqualByComparingTo("66.67");
    }

    @Test
    @DisplayName(
            "Availability = 100 × (1 − downtime / (service time × services)); a KPI is held against its comparison")
    void availabilityAndKpi() {
        Measured measured = new Measured()
                .availability(0, new Measured.Availability(720_000, 36_000, 5_400, 201_600, 7_200))
                .kpi(1, new BigDecimal("4"));
        ReportBuilder.Results results =
                build(Period.of(2026, 5), 1, List.of(AVAILABILITY, SATISFACTION), List.of(), measured);

        assertThat(results.targets())
                .extracting(TargetResult::getOutcome)
                .containsExactly(TargetOutcome.MISSED, TargetOutcome.MISSED);
        assertThat(results.targets().get(0).getAttained()).isEqualByComparingTo("99.25");
        assertThat(results.exclusions())
                .extracting(Exclusion::getReason, e -> e.getAmount().longValue())
                .containsExactly(
                        tuple(ExclusionReason.MAINTENANCE_WINDOW, 36_000L),
                        tuple(ExclusionReason.PLANNED_OUTAGE, 7_200L),
                        tuple(ExclusionReason.OUTSIDE_SERVICE_HOURS, 201_600L));
        assertThat(PeriodReport.rate(results.targets(), results.limits())).isEqualTo(Rating.RED);
    }

    @Test
    @DisplayName("Rating: green when all is met and every limit is below 90 %, amber at 90 %, red on a miss")
    void rating() {
        Measured fine = new Measured()
                .tickets(0, new Measured.Tickets(4, 4, 0, 0))
                .workload(0, new Measured.Workload(new BigDecimal("44"), null));
        ReportBuilder.Results green = build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(USERS), fine);
        assertThat(PeriodReport.rate(green.targets(), green.limits())).isEqualTo(Rating.GREEN);

        Measured busy = new Measured()
                .tickets(0, new Measured.Tickets(4, 4, 0, 0))
                .workload(0, new Measured.Workload(new BigDecimal("45"), null));
        ReportBuilder.Results amber = build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(USERS), busy);
        assertThat(PeriodReport.rate(amber.targets(), amber.limits())).isEqualTo(Rating.AMBER);

        Measured missed = new Measured().tickets(0, new Measured.Tickets(4, 1, 0, 0));
        ReportBuilder.Results red = build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(), missed);
        assertThat(PeriodReport.rate(red.targets(), red.limits())).isEqualTo(Rating.RED);
    }

    @Test
    @DisplayName("No data is never green: a ticket target with nothing counted, or a limit without data, rates amber")
    void noDataIsNeverGreen() {
        // 3 of 3 answered in time (100 %, met) and the limit at 44 of 50 (88 %): green
        Measured answered = new Measured()
                .tickets(0, new Measured.Tickets(3, 3, 0, 0))
                .workload(0, new Measured.Workload(new BigDecimal("44"), null));
        ReportBuilder.Results green = build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(USERS), answered);
        assertThat(PeriodReport.rate(green.targets(), green.limits())).isEqualTo(Rating.GREEN);

        // nothing counted, only a ticket not yet due: no data, amber
        Measured nothingCounted = new Measured()
                .tickets(0, new Measured.Tickets(0, 0, 1, 0))
                .workload(0, new Measured.Workload(new BigDecimal("44"), null));
        ReportBuilder.Results ticketsWithout =
                build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(USERS), nothingCounted);
        assertThat(ticketsWithout.targets())
                .extracting(TargetResult::getOutcome)
                .containsExactly(TargetOutcome.NO_DATA);
        assertThat(PeriodReport.rate(ticketsWithout.targets(), ticketsWithout.limits()))
                .isEqualTo(Rating.AMBER);

        // the target met, but no value delivered for the named users limit: no data, amber
        Measured noValue = new Measured().tickets(0, new Measured.Tickets(3, 3, 0, 0));
        ReportBuilder.Results limitWithout = build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(USERS), noValue);
        assertThat(limitWithout.limits()).extracting(LimitResult::getOutcome).containsExactly(LimitOutcome.NO_DATA);
        assertThat(PeriodReport.rate(limitWithout.targets(), limitWithout.limits()))
                .isEqualTo(Rating.AMBER);

        // a miss outranks missing data: red
        Measured missedAndNoValue = new Measured().tickets(0, new Measured.Tickets(3, 1, 0, 0));
        ReportBuilder.Results red = build(Period.of(2026, 3), 1, List.of(RESPONSE), List.of(USERS), missedAndNoValue);
        assertThat(PeriodReport.rate(red.targets(), red.limits())).isEqualTo(Rating.RED);
    }

    @Test
    @DisplayName(
            "SLM-4: the previous figure is the stored report's (120); today's 125 is kept as a restatement, change 150 / 120 = +25 %")
    void previousComesFromTheStoredReport() {
        LimitTerm tickets = new LimitTerm(
                "Tickets", WorkloadMetric.TICKETS, null, 200, MeasurementPeriod.MONTH, OverLimitRule.REPORT_ONLY);
        Measured measured = new Measured()
                .workload(0, new Measured.Workload(new BigDecimal("150"), new BigDecimal("125")))
                .reportedPrevious(0, new BigDecimal("120"));

        LimitResult line = build(Period.of(2026, 11), 1, List.of(), List.of(tickets), measured)
                .limits()
                .get(0);

        assertThat(line.getPreviousActual()).isEqualByComparingTo("120");
        assertThat(line.getPreviousRestated()).isEqualByComparingTo("125");
        assertThat(line.getChangePercent()).isEqualByComparingTo("25.00");
    }

    @Test
    @DisplayName(
            "SLM-4: the previous figure is recomputed only without a stored report; an unchanged one is no restatement")
    void previousChoice() {
        assertThat(PreviousFigure.choose(false, null, new BigDecimal("125")))
                .isEqualTo(new PreviousFigure(new BigDecimal("125"), null));
        assertThat(PreviousFigure.choose(true, new BigDecimal("120.0000"), new BigDecimal("120"))
                        .restated())
                .isNull();
        assertThat(PreviousFigure.choose(true, new BigDecimal("120"), new BigDecimal("125")))
                .isEqualTo(new PreviousFigure(new BigDecimal("120"), new BigDecimal("125")));
        assertThat(PreviousFigure.choose(true, null, new BigDecimal("7")))
                .as("the report had no value; one delivered since is a restatement")
                .isEqualTo(new PreviousFigure(null, new BigDecimal("7")));
        assertThat(PreviousFigure.choose(true, null, null)).isEqualTo(new PreviousFigure(null, null));
    }

    @Test
    @DisplayName(
            "Availability per covered service: May 2026 24×7 less 10 h maintenance is 2,642,400 s per service; EMAIL down"
                    + " all of it is 0.00 % (missed), ERP 100 % (met), each line with its own exclusions")
    void availabilityIsReportedPerService() {
        TargetTerm roundTheClock =
                TargetTerm.availability("Availability", null, new BigDecimal("99.5"), MeasurementPeriod.MONTH);
        Measured measured = new Measured()
                .availability(0, new Measured.Availability(2_642_400, 36_000, 0, 0, 0))
                .serviceOutages(0, 1, new Measured.Outages(2_642_400, 0, 0))
                .serviceOutages(0, 2, new Measured.Outages(0, 0, 7_200));

        ReportBuilder.Results results = build(Period.of(2026, 5), 2, List.of(roundTheClock), List.of(), measured);

        assertThat(results.targets())
                .extracting(
                        TargetResult::getName,
                        TargetResult::getOutcome,
                        TargetResult::getCounted,
                        TargetResult::getWithinTarget)
                .containsExactly(
                        tuple("Availability · EMAIL", TargetOutcome.MISSED, 2_642_400L, 0L),
                        tuple("Availability · ERP", TargetOutcome.MET, 2_642_400L, 2_642_400L));
        assertThat(results.targets().get(0).getAttained()).isEqualByComparingTo("0.00");
        assertThat(results.targets().get(1).getAttained()).isEqualByComparingTo("100.00");
        assertThat(results.exclusions())
                .extracting(
                        Exclusion::getAppliesTo,
                        Exclusion::getReason,
                        e -> e.getAmount().longValue())
                .containsExactly(
                        tuple("Availability · EMAIL", ExclusionReason.MAINTENANCE_WINDOW, 36_000L),
                        tuple("Availability · ERP", ExclusionReason.MAINTENANCE_WINDOW, 36_000L),
                        tuple("Availability · ERP", ExclusionReason.PLANNED_OUTAGE, 7_200L));
        assertThat(PeriodReport.rate(results.targets(), results.limits())).isEqualTo(Rating.RED);
    }

    @Test
    @DisplayName("Pooled where the target says so: the same month is 100 × (1 − 2,642,400 / (2,642,400 × 2)) = 50.00 %,"
            + " its maintenance 2 × 36,000 s")
    void availabilityIsPooledWhereTheTargetSaysSo() {
        TargetTerm pooled = TargetTerm.availability("Availability", null, new BigDecimal("50"), MeasurementPeriod.MONTH)
                .withOptions(AvailabilityScope.POOLED, null);
        Measured measured = new Measured()
                .availability(0, new Measured.Availability(2_642_400, 36_000, 0, 0, 0))
                .serviceOutages(0, 1, new Measured.Outages(2_642_400, 0, 0))
                .serviceOutages(0, 2, new Measured.Outages(0, 0, 7_200));

        ReportBuilder.Results results = build(Period.of(2026, 5), 2, List.of(pooled), List.of(), measured);

        assertThat(results.targets())
                .extracting(TargetResult::getName, TargetResult::getOutcome, TargetResult::getCounted)
                .containsExactly(tuple("Availability", TargetOutcome.MET, 5_284_800L));
        assertThat(results.targets().get(0).getAttained()).isEqualByComparingTo("50.00");
        assertThat(results.exclusions())
                .extracting(
                        Exclusion::getAppliesTo,
                        Exclusion::getReason,
                        e -> e.getAmount().longValue())
                .containsExactly(
                        tuple("Availability", ExclusionReason.MAINTENANCE_WINDOW, 72_000L),
                        tuple("Availability", ExclusionReason.PLANNED_OUTAGE, 7_200L));
    }

    @Test
    @DisplayName(
            "Per service, every line is suspended above a suspending limit on its own; one covered service keeps the"
                    + " target's name")
    void perServiceLinesAreSuspendedAndOneServiceKeepsTheName() {
        Measured measured = new Measured()
                .availability(0, new Measured.Availability(100_000, 0, 0, 0, 0))
                .serviceOutages(0, 2, new Measured.Outages(1_000, 0, 0))
                .workload(0, new Measured.Workload(new BigDecimal("12"), null));

        ReportBuilder.Results two = build(Period.of(2026, 6), 2, List.of(AVAILABILITY), List.of(CHANGES), measured);
        ReportBuilder.Results one =
                build(Period.of(2026, 6), List.of(ERP), List.of(AVAILABILITY), List.of(CHANGES), measured);

        assertThat(two.targets())
                .extracting(TargetResult::getName, TargetResult::getOutcome)
                .containsExactly(
                        tuple("Availability · EMAIL", TargetOutcome.SUSPENDED),
                        tuple("Availability · ERP", TargetOutcome.SUSPENDED));
        assertThat(two.targets().get(0).getAttained()).isEqualByComparingTo("100");
        assertThat(two.targets().get(1).getAttained())
                .as("1,000 s down of 100,000")
                .isEqualByComparingTo("99.00");
        assertThat(two.exclusions())
                .extracting(Exclusion::getAppliesTo, Exclusion::getReason)
                .containsExactly(
                        tuple("Availability · EMAIL", ExclusionReason.SUSPENDED_OVER_LIMIT),
                        tuple("Availability · ERP", ExclusionReason.SUSPENDED_OVER_LIMIT));
        assertThat(one.targets()).extracting(TargetResult::getName).containsExactly("Availability");
        assertThat(one.targets().get(0).getAttained()).isEqualByComparingTo("99.00");
    }
}
