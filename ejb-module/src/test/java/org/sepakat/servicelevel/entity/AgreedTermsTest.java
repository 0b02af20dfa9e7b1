package org.sepakat.servicelevel.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgreedTermsTest {

    private static final Instant AGREED = Instant.parse("2026-06-30T03:00:00Z");

    /** Every kind of target, limit and window, with every optional field used somewhere and left empty somewhere. */
    private static ServiceLevelAgreement everyKindOfTerm() {
        ServiceLevelAgreement sla = new ServiceLevelAgreement("SLA-FIN-2026", "Finance services", 7L, "FIN",
                ReviewCadence.QUARTERLY, "Asia/Jakarta");
        sla.describe("Finance services", "Month-end closing needs ERP", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                ReviewCadence.QUARTERLY, "Asia/Jakarta");
        sla.cover(List.of(new CoveredService(10L, "EMAIL"), new CoveredService(11L, "ERP")));
        sla.replaceTargets(List.of(
                new ServiceLevelTarget("ERP availability", TargetMetric.AVAILABILITY, Comparison.AT_LEAST,
                        new BigDecimal("99.5000"), null, MeasurementPeriod.MONTH, "JKT-OFFICE", null, null),
                new ServiceLevelTarget("P1 response", TargetMetric.RESPONSE_TIME, Comparison.AT_LEAST, new BigDecimal("90"),
                        null, MeasurementPeriod.MONTH, "JKT-OFFICE", "P1", new BigDecimal("0.25")),
                new ServiceLevelTarget("P2 resolution", TargetMetric.RESOLUTION_TIME, Comparison.AT_LEAST, new BigDecimal("85"),
                        null, MeasurementPeriod.QUARTER, null, "P2", new BigDecimal("24")),
                new ServiceLevelTarget("Complaints", TargetMetric.CUSTOM_KPI, Comparison.AT_MOST, new BigDecimal("3.25"),
                        "per month", MeasurementPeriod.MONTH, null, null, null)));
        sla.replaceLimits(List.of(
                new WorkloadLimit("Incidents", WorkloadMetric.TICKETS, "incident", 300, MeasurementPeriod.MONTH,
                        OverLimitRule.SUSPEND_TARGETS),
                new WorkloadLimit("Changes", WorkloadMetric.CHANGES, null, 12, MeasurementPeriod.QUARTER,
                        OverLimitRule.REPORT_ONLY),
                new WorkloadLimit("Named users", WorkloadMetric.NAMED_USERS, null, 450, MeasurementPeriod.MONTH,
                        OverLimitRule.REPORT_ONLY)));
        sla.replaceExceptions(List.of(
                new MaintenanceWindow("Migration", Recurrence.ONCE, LocalDate.of(2026, 7, 4), null, null,
                        LocalTime.of(20, 30), 720),
                new MaintenanceWindow("Patch night", Recurrence.WEEKLY, null, DayOfWeek.SUNDAY, null, LocalTime.of(22, 0), 120),
                new MaintenanceWindow("Month start", Recurrence.MONTHLY, null, null, 1, LocalTime.MIDNIGHT, 60)),
                List.of("waiting for customer", "third party"),
                "Natural disasters and national holidays declared at short notice", true);
        return sla;
    }

    @Test
    @DisplayName("SLM-9: agreed terms survive the JSON round trip field by field, decimals with their scale")
    void termsRoundTripThroughJson() {
        AgreedTerms terms = AgreedTerms.of(everyKindOfTerm());

        AgreedTerms restored = AgreedTerms.fromJson(terms.toJson());

        assertThat(restored).usingRecursiveComparison().isEqualTo(terms);
        assertThat(restored.targets()).extracting(ServiceLevelTarget::getThreshold)
                .containsExactly(new BigDecimal("99.5000"), new BigDecimal("90"), new BigDecimal("85"), new BigDecimal("3.25"));
        assertThat(restored.targets()).extracting(ServiceLevelTarget::getUnit).containsExactly("%", "%", "%", "per month");
        assertThat(restored.windows()).extracting(MaintenanceWindow::getOnDate, MaintenanceWindow::getOnDayOfWeek,
                MaintenanceWindow::getOnDayOfMonth).containsExactly(
                        tuple(LocalDate.of(2026, 7, 4), null, null),
                        tuple(null, DayOfWeek.SUNDAY, null),
                        tuple(null, null, 1));
    }

    @Test
    @DisplayName("SLM-9: terms with nothing optional (no validity, requirements, windows, categories or clause) round-trip too")
    void sparseTermsRoundTrip() {
        ServiceLevelAgreement sla = ServiceLevelAgreementTest.complete();
        sla.replaceExceptions(List.of(), List.of(), null, true);
        AgreedTerms terms = AgreedTerms.of(sla);

        AgreedTerms restored = AgreedTerms.fromJson(terms.toJson());

        assertThat(restored).usingRecursiveComparison().isEqualTo(terms);
        assertThat(restored.validFrom()).isNull();
        assertThat(restored.forceMajeure()).isNull();
        assertThat(restored.excludedCategories()).isEmpty();
    }

    @Test
    @DisplayName("SLM-9: under revision, the SLA as its agreed version reads has that version's number, signatories"
            + " and terms, not the draft's")
    void revisedSlaIsRestoredAsAgreed() {
        ServiceLevelAgreement sla = everyKindOfTerm();
        sla.agree("slaman", "Siti Rahmawati", AGREED);
        AgreedVersion first = new AgreedVersion(sla);
        AgreedTerms agreed = AgreedTerms.of(sla);
        sla.activate(LocalDate.of(2026, 7, 1));
        sla.startRevision();
        sla.describe("Finance services (draft)", null, null, null, ReviewCadence.ANNUAL, "Europe/Amsterdam");
        sla.cover(List.of(new CoveredService(12L, "HR")));
        sla.replaceTargets(List.of(new ServiceLevelTarget("P1 response", TargetMetric.RESPONSE_TIME, Comparison.AT_LEAST,
                new BigDecimal("99"), null, MeasurementPeriod.MONTH, null, "P1", BigDecimal.ONE)));
        sla.replaceLimits(List.of());
        sla.replaceExceptions(List.of(), List.of("vendor"), null, true);

        ServiceLevelAgreement measured = sla.asAgreed(first, first.terms().orElseThrow());

        assertThat(AgreedTerms.of(measured)).usingRecursiveComparison().isEqualTo(agreed);
        assertThat(measured.getReference()).isEqualTo("SLA-FIN-2026");
        assertThat(measured.getCustomerId()).isEqualTo(7L);
        assertThat(measured.getCustomerCode()).isEqualTo("FIN");
        assertThat(measured.getAgreedVersion()).isEqualTo(1);
        assertThat(measured.getProviderApprover()).isEqualTo("slaman");
        assertThat(measured.getCustomerApprover()).isEqualTo("Siti Rahmawati");
        assertThat(measured.getAgreedAt()).isEqualTo(AGREED);
        assertThat(measured.getTimeZone()).isEqualTo("Asia/Jakarta");
        assertThat(measured.getServices()).extracting(CoveredService::getServiceCode).containsExactly("EMAIL", "ERP");
        assertThat(measured.getTargets()).extracting(ServiceLevelTarget::getName, ServiceLevelTarget::getWithinHours)
                .contains(tuple("P1 response", new BigDecimal("0.25")));
        assertThat(measured.getExcludedCategories()).containsExactly("waiting for customer", "third party");
        assertThat(sla.getTimeZone()).isEqualTo("Europe/Amsterdam");
        assertThat(sla.getTargets()).extracting(ServiceLevelTarget::getThreshold).containsExactly(new BigDecimal("99"));
        assertThat(sla.getExcludedCategories()).containsExactly("vendor");
    }
}
