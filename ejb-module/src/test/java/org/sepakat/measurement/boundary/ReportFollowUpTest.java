package org.sepakat.measurement.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.improvement.entity.ImprovementRequest;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.notification.entity.Delivery;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.shared.entity.Period;

/**
 * The improvements a review raises: one per missed target and per exceeded limit, linked to its line of the
 * report (issue 11 §1), and how each reads in the owner's language.
 */
class ReportFollowUpTest {

    private static final TargetResult MISSED =
            october("P1 resolution", "RESOLUTION_TIME", "90.0000", "66.6700", TargetOutcome.MISSED, 3, 2);

    private static TargetResult october(
            String name,
            String metric,
            String threshold,
            String attained,
            TargetOutcome outcome,
            long counted,
            long within) {
        return new TargetResult(
                name,
                metric,
                "AT_LEAST",
                new BigDecimal(threshold),
                "%",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 1),
                new BigDecimal(attained),
                outcome,
                counted,
                within);
    }

    @Test
    void missedTargetInEnglish() {
        assertThat(ReportFollowUp.describe(Locale.ENGLISH, MISSED))
                .isEqualTo("P1 resolution: 66.67 %, target at least 90");
    }

    @Test
    void missedTargetInBahasaIndonesia() {
        assertThat(ReportFollowUp.describe(Locale.forLanguageTag("id"), MISSED))
                .isEqualTo("P1 resolution: 66.67 %, target paling sedikit 90");
    }

    @Test
    void oneImprovementPerMissedTargetAndExceededLimitEachLinkedToItsLine() {
        TargetResult met = october("P2 resolution", "RESOLUTION_TIME", "80", "100", TargetOutcome.MET, 4, 4);
        TargetResult availability =
                october("ERP availability", "AVAILABILITY", "99.5", "98.2", TargetOutcome.MISSED, 0, 0);
        LimitResult tickets = new LimitResult(
                "Tickets",
                "TICKETS",
                100,
                "REPORT_ONLY",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 1),
                new BigDecimal("120"),
                new BigDecimal("120.00"),
                null,
                null,
                LimitOutcome.EXCEEDED);
        PeriodReport report = new PeriodReport(
                7L,
                "SLA-FIN-7",
                "ERP for Finance",
                2,
                3L,
                "FIN",
                Period.of(2026, 10),
                "Asia/Jakarta",
                RunTrigger.SCHEDULE,
                List.of(MISSED, met, availability),
                List.of(tickets),
                List.of());
        report.storedAs(2630L);

        List<ImprovementRequest> requests = ReportFollowUp.improvements(
                report, "slaman", "en", LocalDate.of(2026, 12, 1), Map.of(LocalDate.of(2026, 9, 1), 2511L));

        assertThat(requests)
                .extracting(
                        r -> r.source().getKind(),
                        r -> r.source().getRecordType(),
                        r -> r.source().getRecordId(),
                        r -> r.source().getLine(),
                        r -> r.source().getReference(),
                        ImprovementRequest::title,
                        ImprovementRequest::repeatOf)
                .containsExactly(
                        tuple(
                                SourceKind.MISSED_TARGET,
                                "PeriodReport",
                                2630L,
                                "P1 resolution",
                                "SLA-FIN-7 2026-10",
                                "Target missed: SLA-FIN-7 2026-10 · P1 resolution",
                                2511L),
                        tuple(
                                SourceKind.MISSED_TARGET,
                                "PeriodReport",
                                2630L,
                                "ERP availability",
                                "SLA-FIN-7 2026-10",
                                "Target missed: SLA-FIN-7 2026-10 · ERP availability",
                                2511L),
                        tuple(
                                SourceKind.EXCEEDED_WORKLOAD,
                                "PeriodReport",
                                2630L,
                                "Tickets",
                                "SLA-FIN-7 2026-10",
                                "Workload limit exceeded: SLA-FIN-7 2026-10 · Tickets",
                                2511L));
        assertThat(requests.get(0).description())
                .isEqualTo("Missed in 2026-10:\n- P1 resolution: 66.67 %, target at least 90");
        assertThat(requests.get(2).description()).isEqualTo("Exceeded in 2026-10:\n- Tickets: 120 of at most 100");
        assertThat(requests)
                .extracting(ImprovementRequest::owner, ImprovementRequest::customerId)
                .containsOnly(tuple("slaman", 3L));
    }

    @Test
    void aQuarterlyLineRepeatsTheQuarterBeforeAndAMonthlyLineTheMonthBefore() {
        // December 2026: the quarterly target measured October to December, the monthly one December only
        TargetResult quarterly = new TargetResult(
                "Quarterly resolution",
                "RESOLUTION_TIME",
                "AT_LEAST",
                new BigDecimal("90"),
                "%",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 1, 1),
                new BigDecimal("50"),
                TargetOutcome.MISSED,
                2,
                1);
        TargetResult monthly = new TargetResult(
                "Monthly resolution",
                "RESOLUTION_TIME",
                "AT_LEAST",
                new BigDecimal("90"),
                "%",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 1),
                new BigDecimal("50"),
                TargetOutcome.MISSED,
                2,
                1);
        PeriodReport december = new PeriodReport(
                7L,
                "SLA-FIN-7",
                "ERP for Finance",
                2,
                3L,
                "FIN",
                Period.of(2026, 12),
                "Asia/Jakarta",
                RunTrigger.SCHEDULE,
                List.of(quarterly, monthly),
                List.of(),
                List.of());
        december.storedAs(2900L);
        Map<LocalDate, Long> earlier = Map.of(LocalDate.of(2026, 9, 1), 2600L, LocalDate.of(2026, 11, 1), 2800L);

        assertThat(ReportFollowUp.improvements(december, "slaman", "en", LocalDate.of(2027, 1, 31), earlier))
                .extracting(r -> r.source().getLine(), ImprovementRequest::repeatOf)
                .as("September's report for the quarter, November's for the month")
                .containsExactly(tuple("Quarterly resolution", 2600L), tuple("Monthly resolution", 2800L));
        assertThat(ReportFollowUp.improvements(
                        december, "slaman", "en", LocalDate.of(2027, 1, 31), Map.of(LocalDate.of(2026, 11, 1), 2800L)))
                .extracting(r -> r.source().getLine(), ImprovementRequest::repeatOf)
                .as("no report of the quarter before: a new opportunity, not a repeat of November")
                .containsExactly(tuple("Quarterly resolution", null), tuple("Monthly resolution", 2800L));
    }

    @Test
    @DisplayName("Issue 12 §2: a run's reports make one notice per manager, listing each SLA with what it missed")
    void oneNoticePerRunListsEverySla() {
        PeriodReport erp = new PeriodReport(
                7L,
                "SLA-FIN-7",
                "ERP for Finance",
                2,
                3L,
                "FIN",
                Period.of(2026, 10),
                "Asia/Jakarta",
                RunTrigger.SCHEDULE,
                List.of(MISSED),
                List.of(),
                List.of());
        erp.storedAs(2630L);
        PeriodReport mail = new PeriodReport(
                8L,
                "SLA-ACME-8",
                "Mail for Acme",
                1,
                4L,
                "ACME",
                Period.of(2026, 10),
                "Asia/Jakarta",
                RunTrigger.SCHEDULE,
                List.of(MISSED),
                List.of(),
                List.of());
        mail.storedAs(2631L);

        Notice one = ReportFollowUp.notice("slaman", List.of(erp));
        Notice both = ReportFollowUp.notice("slaman", List.of(erp, mail));

        assertThat(one.groupKey()).isEqualTo("review:2026-10:SCHEDULE").isEqualTo(both.groupKey());
        assertThat(one.linkFor(1)).isEqualTo("/reports/view.xhtml?id=2630");
        assertThat(both.items()).containsExactly("SLA-FIN-7 (P1 resolution)", "SLA-ACME-8 (P1 resolution)");
        assertThat(both.linkFor(2)).isEqualTo("/reports/list.xhtml?from=2026-10&to=2026-10");
        assertThat(NotificationText.text(
                        Locale.ENGLISH, new Notification(both, Delivery.EMAIL, java.time.Instant.EPOCH)))
                .isEqualTo("Review of 2026-10, SLAs that missed a target or exceeded a limit (2): "
                        + "SLA-FIN-7 (P1 resolution); SLA-ACME-8 (P1 resolution)");
    }
}
