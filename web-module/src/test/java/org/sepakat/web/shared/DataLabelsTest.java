package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sepakat.common.Messages;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.measurement.entity.ExclusionReason;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Rating;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.ContactRoleKind;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceStatus;
import org.sepakat.party.entity.Staff;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskFinding;
import org.sepakat.risk.entity.RiskLevel;
import org.sepakat.risk.entity.RiskStatus;
import org.sepakat.risk.entity.RiskTreatment;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.schedule.entity.ScheduleRule;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.WorkloadMetric;
import org.sepakat.supplier.entity.InterfaceData;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierInterface;
import org.sepakat.supplier.entity.SupplierKind;
import org.sepakat.supplier.entity.SupplierStatus;
import org.sepakat.supplier.entity.TargetHandling;
import org.sepakat.supplier.entity.Underpinning;
import org.sepakat.supplier.entity.UnderpinningMap;

/** labels the pages build from data (enum.<Type>.<CONSTANT>, history.recordType.<Type>) exist in both languages. */
class DataLabelsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            DayOfWeek.class,
            ImprovementPriority.class,
            ImprovementStatus.class,
            SourceKind.class,
            RecordKind.class,
            ContactRoleKind.class,
            CustomerKind.class,
            CustomerStatus.class,
            ServiceStatus.class,
            Comparison.class,
            MeasurementPeriod.class,
            OverLimitRule.class,
            Recurrence.class,
            ReviewCadence.class,
            SlaStatus.class,
            TargetMetric.class,
            WorkloadMetric.class,
            ChangeKind.class,
            JobKind.class,
            BatchStatus.class,
            Rating.class,
            TargetOutcome.class,
            LimitOutcome.class,
            ExclusionReason.class,
            ReviewState.class,
            RunTrigger.class,
            SupplierKind.class,
            SupplierStatus.class,
            Responsibility.class,
            RiskStatus.class,
            RiskLevel.class,
            RiskTreatment.class);

    /** Every kind of record the history can hold. */
    private static final List<Class<?>> RECORDS = List.of(
            ImprovementOpportunity.class,
            Contact.class,
            Customer.class,
            Service.class,
            Staff.class,
            ServiceCalendar.class,
            ServiceLevelAgreement.class,
            ReviewSchedule.class,
            PeriodReport.class,
            Supplier.class,
            SupplierContact.class,
            SupplierInterface.class,
            Risk.class);

    @Test
    void everyKindOfRecordInTheHistoryHasAName() {
        for (Class<?> type : RECORDS) {
            String key = "history.recordType." + type.getSimpleName();
            for (Locale locale : UserSession.LANGUAGES) {
                assertThat(Messages.text(locale, key)).as(key + " in " + locale).isNotEqualTo(key);
            }
        }
    }

    @Test
    void everyFieldTheHistoryRecordsHasAName() {
        var customer = new Customer("FIN", "Finance", CustomerKind.INTERNAL);
        var sla = new ServiceLevelAgreement("SLA-1", "t", 1L, "FIN", ReviewCadence.ANNUAL, "UTC");
        sla.replaceTargets(List.of(
                AgreementTarget.kpi("A", Comparison.AT_MOST, java.math.BigDecimal.ONE, "x", MeasurementPeriod.MONTH)));
        sla.replaceLimits(List.of(new WorkloadLimit(
                "L", WorkloadMetric.CHANGES, null, 1, MeasurementPeriod.MONTH, OverLimitRule.REPORT_ONLY)));
        sla.replaceExceptions(
                List.of(new MaintenanceWindow(
                        "W", Recurrence.WEEKLY, null, DayOfWeek.SUNDAY, null, java.time.LocalTime.NOON, 60)),
                List.of(),
                null,
                false);
        var supplier = new Supplier("HOST", "Host", SupplierKind.EXTERNAL_SUPPLIER, null);
        var supplierInterface = new SupplierInterface(supplier);
        supplierInterface.describe(
                new InterfaceData("Escalation", null, null, null, null, null, null, 1L, java.time.LocalDate.MAX, null),
                null,
                null,
                new Staff("supman", "Sari", null));
        var map = new UnderpinningMap(1L, "SLA-1");
        map.replace(
                List.of(new TargetHandling("A", true, 30)),
                List.of(new Underpinning("A", 2L, "B"), new Underpinning("A", 3L, "C")));
        map.knowing(java.util.Map.of(2L, "UC-1"));
        assertThat(map.auditState())
                .containsEntry("underpinnedBy: A", "UC-1 / B; #3 / C")
                .containsEntry("internalHandling: A", "30");
        assertThat(HistoryText.value(
                        Locale.forLanguageTag("id"),
                        "underpinningNeed: A",
                        map.auditState().get("underpinningNeed: A"),
                        n -> n))
                .isEqualTo("Memerlukan penopang");
        List<AuditedEntity> records = List.of(
                map,
                new Risk(new RiskFinding("k", "t", "f", "slaman", null, 1L, "SLA-1", "A", 2L, "UC-1", "B"), "slaman"),
                supplier,
                new SupplierContact(supplier, "Agus", null, null, "Desk"),
                supplierInterface,
                customer,
                new Contact(customer, "Siti", null, null),
                new Service("ERP", "ERP", null, null),
                new Staff("relman", "Rina", null),
                new ServiceCalendar("C", "c", "UTC"),
                sla,
                new ImprovementOpportunity(
                        ImprovementSource.manual("x"),
                        "t",
                        "d",
                        "relman",
                        java.time.LocalDate.of(2027, 1, 1),
                        ImprovementPriority.LOW),
                new ReviewSchedule(
                        "Monthly", JobKind.SLA_REVIEW, new ScheduleRule(1, 2, 0, java.time.ZoneId.of("UTC"))),
                new PeriodReport(
                        1L,
                        "SLA-1",
                        "t",
                        1,
                        1L,
                        "FIN",
                        org.sepakat.shared.entity.Period.of(2026, 10),
                        "UTC",
                        RunTrigger.SCHEDULE,
                        List.of(),
                        List.of(),
                        List.of()));
        for (var record : records) {
            for (String field : record.auditState().keySet()) {
                String kind = field.contains(": ") ? field.substring(0, field.indexOf(": ")) : field;
                for (Locale locale : UserSession.LANGUAGES) {
                    assertThat(Messages.text(locale, "history.field." + kind))
                            .as(kind + " of " + record.auditType() + " in " + locale)
                            .isNotEqualTo("history.field." + kind);
                }
            }
        }
        assertThat(HistoryText.field(Locale.forLanguageTag("id"), "limit: L")).isEqualTo("Batasan beban kerja: L");
    }

    @Test
    void everyShownEnumHasLabelsInEnglishAndIndonesian() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                for (Locale locale : UserSession.LANGUAGES) {
                    assertThat(Messages.text(locale, key))
                            .as(key + " in " + locale)
                            .isNotEqualTo(key);
                }
            }
        }
    }
}
