package org.sepakat.servicelevel.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.Changes;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.WorkloadMetric;

public class ServiceLevelAgreementTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static AgreementTarget availability(String threshold) {
        return AgreementTarget.availability(
                "Mail availability", "JKT", new BigDecimal(threshold), MeasurementPeriod.MONTH);
    }

    /** {@code sla} as it reads once stored with this id. */
    public static ServiceLevelAgreement stored(ServiceLevelAgreement sla, long id) {
        try {
            var field = AuditedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(sla, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return sla;
    }

    static ServiceLevelAgreement complete() {
        ServiceLevelAgreement sla = new ServiceLevelAgreement(
                "SLA-FIN-1", "Finance services", 1L, "FIN", ReviewCadence.QUARTERLY, "Asia/Jakarta");
        sla.cover(List.of(new CoveredService(10L, "EMAIL")));
        sla.replaceTargets(List.of(availability("99.5")));
        sla.replaceLimits(List.of(new WorkloadLimit(
                "Incidents",
                WorkloadMetric.TICKETS,
                "incident",
                200,
                MeasurementPeriod.MONTH,
                OverLimitRule.SUSPEND_TARGETS)));
        sla.replaceExceptions(
                List.of(new MaintenanceWindow(
                        "Patch night", Recurrence.WEEKLY, null, DayOfWeek.SUNDAY, null, LocalTime.of(22, 0), 120)),
                List.of("waiting for customer"),
                null,
                false);
        return sla;
    }

    @Test
    @DisplayName("SLM-3..5: an SLA cannot be agreed without a target, a workload limit and a stated exceptions section")
    void agreeingAnIncompleteSlaIsRefusedNamingWhatIsMissing() {
        ServiceLevelAgreement sla = new ServiceLevelAgreement("SLA-1", "Draft", 1L, "FIN", ReviewCadence.ANNUAL, "UTC");
        sla.cover(List.of(new CoveredService(10L, "EMAIL")));
        sla.replaceTargets(List.of(availability("99")));
        assertThat(sla.missingForAgreement()).containsExactly("SLM-4", "SLM-5");
        assertThatThrownBy(() -> sla.agree("slaman", "Siti", NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("SLM-4"))
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).contains("SLM-4, SLM-5"));
        assertThat(sla.getStatus()).isEqualTo(SlaStatus.DRAFT);
    }

    @Test
    @DisplayName("SLM-5: stating that no exceptions apply is itself an exceptions section")
    void statedNoExceptionsCounts() {
        ServiceLevelAgreement sla = complete();
        sla.replaceExceptions(List.of(), List.of(), null, true);
        assertThat(sla.missingForAgreement()).isEmpty();
    }

    @Test
    @DisplayName("SLM-9: draft → agreed → active → under review → agreed (version 2) → retired")
    void lifecycle() {
        ServiceLevelAgreement sla = complete();
        assertThat(sla.agree("slaman", "Siti Rahmawati", NOW)).isEqualTo(1);
        assertThat(sla.getProviderApprover()).isEqualTo("slaman");
        assertThat(sla.getCustomerApprover()).isEqualTo("Siti Rahmawati");
        assertThatThrownBy(() -> sla.replaceTargets(List.of(availability("99"))))
                .isInstanceOf(RuleViolation.class);
        sla.activate(LocalDate.of(2026, 11, 28));
        assertThat(sla.getNextReviewOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        sla.startRevision();
        sla.replaceTargets(List.of(availability("99.9")));
        assertThat(sla.agree("slaman", "Budi Santoso", NOW)).isEqualTo(2);
        sla.retire();
        assertThat(sla.getStatus()).isEqualTo(SlaStatus.RETIRED);
    }

    @Test
    void illegalTransitionsAreRefused() {
        ServiceLevelAgreement sla = complete();
        assertThatThrownBy(sla::retire)
                .as("issue 12 §4: a draft was never agreed, there is nothing to retire")
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> sla.activate(LocalDate.now())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(sla::startRevision).isInstanceOf(RuleViolation.class);
        sla.agree("slaman", "Siti", NOW);
        assertThatThrownBy(() -> sla.agree("slaman", "Siti", NOW)).isInstanceOf(RuleViolation.class);
        sla.retire();
        assertThatThrownBy(sla::retire).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(sla::startRevision).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> sla.activate(LocalDate.now())).isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("SLM-9: comparing two versions lists what was added, removed and changed")
    void versionsCompareLineByLine() {
        ServiceLevelAgreement sla = complete();
        var first = sla.content();
        sla.replaceTargets(List.of(
                availability("99.9"),
                AgreementTarget.resolution(
                        "P1 resolution",
                        "P1",
                        new BigDecimal("8"),
                        new BigDecimal("90"),
                        MeasurementPeriod.MONTH,
                        "JKT")));
        sla.replaceExceptions(List.of(), List.of("waiting for customer"), null, true);
        var second = sla.content();
        assertThat(Changes.between(first, second))
                .containsExactlyInAnyOrder(
                        new Changes.Change(
                                "target: Mail availability",
                                "AVAILABILITY ≥ 99.5 % per MONTH, calendar JKT",
                                "AVAILABILITY ≥ 99.9 % per MONTH, calendar JKT"),
                        new Changes.Change(
                                "target: P1 resolution",
                                null,
                                "RESOLUTION_TIME P1 within 8 h ≥ 90 % per MONTH, calendar JKT"),
                        new Changes.Change("maintenance: Patch night", "every SUNDAY from 22:00 for 120 min", null),
                        new Changes.Change("exceptionsStated", "false", "true"));
    }

    @Test
    @DisplayName("SLM-3: values are checked for their kind of target")
    void targetValuesAreValidated() {
        assertThatThrownBy(() -> availability("100.5")).isInstanceOf(InvalidInput.class);
        // as entered: any metric with any comparison, checked for its kind
        assertThatThrownBy(() -> new TargetData(
                                "Avail",
                                TargetMetric.AVAILABILITY,
                                Comparison.AT_MOST,
                                new BigDecimal("99"),
                                null,
                                MeasurementPeriod.MONTH,
                                "JKT",
                                null,
                                null,
                                null,
                                null)
                        .toTarget())
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AgreementTarget.response(
                        "Resp", "P2", BigDecimal.ZERO, new BigDecimal("95"), MeasurementPeriod.MONTH, "JKT"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AgreementTarget.kpi(
                        "KPI", Comparison.AT_MOST, new BigDecimal("3"), " ", MeasurementPeriod.QUARTER))
                .isInstanceOf(InvalidInput.class);
        assertThat(AgreementTarget.availability("All hours", null, new BigDecimal("99"), MeasurementPeriod.MONTH)
                        .describe())
                .as("availability without a calendar is 24×7, reported per service")
                .isEqualTo("AVAILABILITY ≥ 99 % per MONTH, 24x7");
        assertThatThrownBy(() -> new WorkloadLimit(
                        "Changes", WorkloadMetric.CHANGES, null, 0, MeasurementPeriod.MONTH, OverLimitRule.REPORT_ONLY))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(
                        () -> new MaintenanceWindow("Monthly", Recurrence.MONTHLY, null, null, 31, LocalTime.NOON, 60))
                .isInstanceOf(InvalidInput.class);
        ServiceLevelAgreement sla = complete();
        assertThatThrownBy(() -> sla.replaceTargets(List.of(availability("99"), availability("98"))))
                .isInstanceOf(InvalidInput.class);
    }
}
