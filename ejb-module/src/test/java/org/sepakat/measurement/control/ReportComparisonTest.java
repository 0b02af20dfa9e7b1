package org.sepakat.measurement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.ExclusionReason;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.LineDifference;
import org.sepakat.measurement.entity.LineDifference.Section;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.servicedata.entity.RecordKind;

/** X-1, SLM-6: a reproduced report is compared with the stored one figure by figure. */
class ReportComparisonTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private static TargetResult response(String attained, TargetOutcome outcome, long counted, long within) {
        return new TargetResult(
                "Response P1",
                "RESPONSE_TIME",
                "AT_LEAST",
                new BigDecimal("75"),
                "%",
                FROM,
                TO,
                new BigDecimal(attained),
                outcome,
                counted,
                within);
    }

    private static LimitResult tickets(String actual, String share, LimitOutcome outcome) {
        return new LimitResult(
                "Tickets",
                "TICKETS",
                5,
                "REPORT_ONLY",
                FROM,
                TO,
                new BigDecimal(actual),
                new BigDecimal(share),
                new BigDecimal("2"),
                new BigDecimal("300.00"),
                outcome);
    }

    private static Exclusion pause(String seconds) {
        return new Exclusion("Response P1", ExclusionReason.PAUSE, null, new BigDecimal(seconds), "SECONDS");
    }

    @Test
    @DisplayName("The same figures are identical whatever the scale the database gave them back with")
    void sameFiguresAreIdentical() {
        List<LineDifference> differences = ReportComparison.compare(
                List.of(response("60.0000", TargetOutcome.MISSED, 5, 3)),
                List.of(tickets("8.0000", "160.0000", LimitOutcome.EXCEEDED)),
                List.of(pause("7200.0000")),
                new ReportBuilder.Results(
                        List.of(response("60.00", TargetOutcome.MISSED, 5, 3)),
                        List.of(tickets("8", "160.00", LimitOutcome.EXCEEDED)),
                        List.of(pause("7200"))));

        assertThat(differences).isEmpty();
    }

    @Test
    @DisplayName(
            "Each differing figure of a target and a limit is named with its stored and recomputed value, in report order")
    void differingFiguresAreListed() {
        List<LineDifference> differences = ReportComparison.compare(
                List.of(response("60.00", TargetOutcome.MISSED, 5, 3)),
                List.of(tickets("8", "160.00", LimitOutcome.EXCEEDED)),
                List.of(),
                new ReportBuilder.Results(
                        List.of(response("80.00", TargetOutcome.MET, 5, 4)),
                        List.of(tickets("4", "80.00", LimitOutcome.WITHIN)),
                        List.of()));

        assertThat(differences)
                .extracting(
                        LineDifference::section,
                        LineDifference::line,
                        LineDifference::field,
                        LineDifference::stored,
                        LineDifference::recomputed)
                .containsExactly(
                        tuple(Section.TARGET, "Response P1", "withinTarget", "3", "4"),
                        tuple(Section.TARGET, "Response P1", "attained", "60", "80"),
                        tuple(Section.TARGET, "Response P1", "outcome", "MISSED", "MET"),
                        tuple(Section.LIMIT, "Tickets", "actual", "8", "4"),
                        tuple(Section.LIMIT, "Tickets", "shareOfLimit", "160", "80"),
                        tuple(Section.LIMIT, "Tickets", "outcome", "EXCEEDED", "WITHIN"));
    }

    @Test
    @DisplayName(
            "An exclusion found on one side only, or with another amount, is a difference; a line missing on one side shows empty")
    void exclusionsAreMatchedBySubjectAndReason() {
        Exclusion notYetDue =
                new Exclusion("Response P1", ExclusionReason.NOT_YET_DUE, null, BigDecimal.ONE, "TICKETS");
        List<LineDifference> differences = ReportComparison.compare(
                List.of(),
                List.of(),
                List.of(pause("7200"), notYetDue),
                new ReportBuilder.Results(
                        List.of(response("100", TargetOutcome.MET, 1, 1)), List.of(), List.of(pause("3600"))));

        assertThat(differences)
                .extracting(
                        LineDifference::section,
                        LineDifference::line,
                        LineDifference::field,
                        LineDifference::stored,
                        LineDifference::recomputed)
                .contains(
                        tuple(Section.TARGET, "Response P1", "attained", "", "100"),
                        tuple(Section.EXCLUSION, "Response P1 / PAUSE", "amount", "7200", "3600"),
                        tuple(Section.EXCLUSION, "Response P1 / NOT_YET_DUE", "amount", "1", ""));
    }

    @Test
    @DisplayName("issue 11 §1: a limit's restated previous figure is compared too: recomputed with none where the"
            + " stored report restated 3, the reproduction lists it")
    void aRestatementIsCompared() {
        LimitResult restated = new LimitResult(
                "Tickets",
                "TICKETS",
                5,
                "REPORT_ONLY",
                FROM,
                TO,
                BigDecimal.ONE,
                new BigDecimal("20"),
                new BigDecimal("2"),
                new BigDecimal("-50"),
                LimitOutcome.WITHIN,
                new BigDecimal("3"));
        LimitResult notRestated = new LimitResult(
                "Tickets",
                "TICKETS",
                5,
                "REPORT_ONLY",
                FROM,
                TO,
                BigDecimal.ONE,
                new BigDecimal("20"),
                new BigDecimal("2"),
                new BigDecimal("-50"),
                LimitOutcome.WITHIN,
                null);

        assertThat(ReportComparison.compare(
                        List.of(),
                        List.of(restated),
                        List.of(),
                        new ReportBuilder.Results(List.of(), List.of(restated), List.of())))
                .isEmpty();
        assertThat(ReportComparison.compare(
                        List.of(),
                        List.of(restated),
                        List.of(),
                        new ReportBuilder.Results(List.of(), List.of(notRestated), List.of())))
                .extracting(
                        LineDifference::section,
                        LineDifference::line,
                        LineDifference::field,
                        LineDifference::stored,
                        LineDifference::recomputed)
                .containsExactly(tuple(Section.LIMIT, "Tickets", "previousRestated", "3", ""));
    }

    @Test
    @DisplayName("A line counts tickets, outages or KPI values by its metric or exclusion reason")
    void lineKinds() {
        assertThat(ReportComparison.kindOf("RESOLUTION_TIME")).isEqualTo(RecordKind.TICKETS);
        assertThat(ReportComparison.kindOf("CHANGES")).isEqualTo(RecordKind.TICKETS);
        assertThat(ReportComparison.kindOf("PAUSE")).isEqualTo(RecordKind.TICKETS);
        assertThat(ReportComparison.kindOf("AVAILABILITY")).isEqualTo(RecordKind.OUTAGES);
        assertThat(ReportComparison.kindOf("PLANNED_OUTAGE")).isEqualTo(RecordKind.OUTAGES);
        assertThat(ReportComparison.kindOf("CUSTOM_KPI")).isEqualTo(RecordKind.KPI_VALUES);
        assertThat(ReportComparison.kindOf("NAMED_USERS")).isEqualTo(RecordKind.KPI_VALUES);
    }
}
