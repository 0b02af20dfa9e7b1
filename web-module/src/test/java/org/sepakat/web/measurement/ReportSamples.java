package org.sepakat.web.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.ExclusionReason;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;

/** A period report of October 2026 with a missed target, an exceeded limit and a line meant to inject a formula. */
final class ReportSamples {

    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    private ReportSamples() {}

    static PeriodReport october() {
        return new PeriodReport(
                7L,
                "SLA-FIN-7",
                "Finance ERP service",
                2,
                3L,
                "FIN",
                org.sepakat.shared.entity.Period.containing(OCTOBER),
                "Asia/Jakarta",
                RunTrigger.SCHEDULE,
                List.of(
                        new TargetResult(
                                "ERP availability",
                                "AVAILABILITY",
                                "AT_LEAST",
                                new BigDecimal("99.5000"),
                                "%",
                                OCTOBER,
                                OCTOBER.plusMonths(1),
                                new BigDecimal("99.8100"),
                                TargetOutcome.MET,
                                2_000_000,
                                1_996_200),
                        new TargetResult(
                                "=HYPERLINK(\"http://evil\")",
                                "RESPONSE_TIME",
                                "AT_LEAST",
                                new BigDecimal("90"),
                                "%",
                                OCTOBER,
                                OCTOBER.plusMonths(1),
                                new BigDecimal("85.5"),
                                TargetOutcome.MISSED,
                                40,
                                34)),
                List.of(new LimitResult(
                        "Tickets per month",
                        "TICKETS",
                        100,
                        "SUSPEND_TARGETS",
                        OCTOBER,
                        OCTOBER.plusMonths(1),
                        new BigDecimal("120"),
                        new BigDecimal("120"),
                        new BigDecimal("96"),
                        new BigDecimal("25"),
                        LimitOutcome.EXCEEDED,
                        new BigDecimal("98"))),
                List.of(new Exclusion(
                        "ERP availability",
                        ExclusionReason.MAINTENANCE_WINDOW,
                        "@Sunday patching",
                        new BigDecimal("7200"),
                        "SECONDS")));
    }
}
