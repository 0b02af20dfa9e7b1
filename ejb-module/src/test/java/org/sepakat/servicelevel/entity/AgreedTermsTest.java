package org.sepakat.servicelevel.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.DataScope;
import org.sepakat.shared.terms.LimitTerm;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.NoResponseRule;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.ScopedService;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.WindowTerm;
import org.sepakat.shared.terms.WorkloadMetric;

class AgreedTermsTest {

    private static final Instant AGREED = Instant.parse("2026-06-30T03:00:00Z");

    /** Every kind of target, limit and window, with every optional field used somewhere and left empty somewhere. */
    private static ServiceLevelAgreement everyKindOfTerm() {
        ServiceLevelAgreement sla = new ServiceLevelAgreement(
                "SLA-FIN-2026", "Finance services", 7L, "FIN", ReviewCadence.QUARTERLY, "Asia/Jakarta");
        sla.describe(
                "Finance services",
                "Month-end closing needs ERP",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                ReviewCadence.QUARTERLY,
                "Asia/Jakarta");
        sla.cover(List.of(new CoveredService(10L, "EMAIL"), new CoveredService(11L, "ERP")));
        sla.replaceTargets(List.of(
                AgreementTarget.availability(
                        "ERP availability", "JKT-OFFICE", new BigDecimal("99.5000"), MeasurementPeriod.MONTH),
                AgreementTarget.response(
                        "P1 response",
                        "P1",
                        new BigDecimal("0.25"),
                        new BigDecimal("90"),
                        MeasurementPeriod.MONTH,
                        "JKT-OFFICE"),
                AgreementTarget.resolution(
                        "P2 resolution",
                        "P2",
                        new BigDecimal("24"),
                        new BigDecimal("85"),
                        MeasurementPeriod.QUARTER,
                        null),
                AgreementTarget.kpi(
                        "Complaints",
                        Comparison.AT_MOST,
                        new BigDecimal("3.25"),
                        "per month",
                        MeasurementPeriod.MONTH)));
        sla.replaceLimits(List.of(
                new WorkloadLimit(
                        "Incidents",
                        WorkloadMetric.TICKETS,
                        "incident",
                        300,
                        MeasurementPeriod.MONTH,
                        OverLimitRule.SUSPEND_TARGETS),
                new WorkloadLimit(
                        "Changes",
                        WorkloadMetric.CHANGES,
                        null,
                        12,
                        MeasurementPeriod.QUARTER,
                        OverLimitRule.REPORT_ONLY),
                new WorkloadLimit(
                        "Named users",
                        WorkloadMetric.NAMED_USERS,
                        null,
                        450,
                        MeasurementPeriod.MONTH,
                        OverLimitRule.REPORT_ONLY)));
        sla.replaceExceptions(
                List.of(
                        new MaintenanceWindow(
                                "Migration",
                                Recurrence.ONCE,
                                LocalDate.of(2026, 7, 4),
                                null,
                                null,
                                LocalTime.of(20, 30),
                                720),
                        new MaintenanceWindow(
                                "Patch night",
                                Recurrence.WEEKLY,
                                null,
                                DayOfWeek.SUNDAY,
                                null,
                                LocalTime.of(22, 0),
                                120),
                        new MaintenanceWindow(
                                "Month start", Recurrence.MONTHLY, null, null, 1, LocalTime.MIDNIGHT, 60)),
                List.of("waiting for customer", "third party"),
                "Natural disasters and national holidays declared at short notice",
                true);
        return sla;
    }

    @Test
    @DisplayName("SLM-9: agreed terms survive the JSON round trip field by field, decimals with their scale")
    void termsRoundTripThroughJson() {
        AgreedTerms terms = everyKindOfTerm().terms();

        AgreedTerms restored = AgreedTerms.fromJson(terms.toJson());

        assertThat(restored).usingRecursiveComparison().isEqualTo(terms);
        assertThat(restored.targets())
                .extracting(AgreementTarget::getThreshold)
                .containsExactly(
                        new BigDecimal("99.5000"), new BigDecimal("90"), new BigDecimal("85"), new BigDecimal("3.25"));
        assertThat(restored.targets()).extracting(AgreementTarget::getUnit).containsExactly("%", "%", "%", "per month");
        assertThat(restored.windows())
                .extracting(
                        MaintenanceWindow::getOnDate,
                        MaintenanceWindow::getOnDayOfWeek,
                        MaintenanceWindow::getOnDayOfMonth)
                .containsExactly(
                        tuple(LocalDate.of(2026, 7, 4), null, null),
                        tuple(null, DayOfWeek.SUNDAY, null),
                        tuple(null, null, 1));
    }

    @Test
    @DisplayName(
            "SLM-9: terms with nothing optional (no validity, requirements, windows, categories or clause) round-trip too")
    void sparseTermsRoundTrip() {
        ServiceLevelAgreement sla = ServiceLevelAgreementTest.complete();
        sla.replaceExceptions(List.of(), List.of(), null, true);
        AgreedTerms terms = sla.terms();

        AgreedTerms restored = AgreedTerms.fromJson(terms.toJson());

        assertThat(restored).usingRecursiveComparison().isEqualTo(terms);
        assertThat(restored.validFrom()).isNull();
        assertThat(restored.forceMajeure()).isNull();
        assertThat(restored.excludedCategories()).isEmpty();
    }

    @Test
    @DisplayName("SLM-9: under revision, the SLA measured as its agreed version has that version's number, signatory"
            + " and terms, not the draft's, and its own id, reference and customer")
    void revisedSlaIsMeasuredAsAgreed() {
        ServiceLevelAgreement sla = ServiceLevelAgreementTest.stored(everyKindOfTerm(), 42);
        sla.agree("slaman", "Siti Rahmawati", AGREED);
        AgreedVersion first = new AgreedVersion(sla, java.time.YearMonth.of(2026, 7));
        AgreedTerms agreed = sla.terms();
        sla.activate(LocalDate.of(2026, 7, 1));
        sla.startRevision();
        sla.describe("Finance services (draft)", null, null, null, ReviewCadence.ANNUAL, "Europe/Amsterdam");
        sla.cover(List.of(new CoveredService(12L, "HR")));
        sla.replaceTargets(List.of(AgreementTarget.response(
                "P1 response", "P1", BigDecimal.ONE, new BigDecimal("99"), MeasurementPeriod.MONTH, null)));
        sla.replaceLimits(List.of());
        sla.replaceExceptions(List.of(), List.of("vendor"), null, true);
        CalendarTerm office = new CalendarTerm("JKT-OFFICE", "Asia/Jakarta", List.of(), List.of());
        CalendarTerm unused = new CalendarTerm("UNUSED", "UTC", List.of(), List.of());

        MeasurableAgreement measured = sla.measurable(
                first.getNumber(),
                first.getProviderApprover(),
                first.terms().orElseThrow(),
                Map.of(office.code(), office, unused.code(), unused));

        assertThat(measured.identity())
                .isEqualTo(new AgreementIdentity(
                        OwnerKind.SERVICE_LEVEL_AGREEMENT, 42, "SLA-FIN-2026", "Finance services", 1, "slaman", null));
        assertThat(measured.scope())
                .isEqualTo(DataScope.ofCustomer(
                        7L,
                        "FIN",
                        List.of(new ScopedService(10L, "EMAIL"), new ScopedService(11L, "ERP")),
                        List.of("waiting for customer", "third party")));
        assertThat(measured.timeZone()).isEqualTo("Asia/Jakarta");
        assertThat(measured.targets())
                .isEqualTo(agreed.targets().stream().map(AgreementTarget::term).toList());
        assertThat(measured.targets())
                .extracting(TargetTerm::name, TargetTerm::withinHours)
                .contains(tuple("P1 response", new BigDecimal("0.25")));
        assertThat(measured.limits())
                .extracting(LimitTerm::name)
                .containsExactly("Incidents", "Changes", "Named users");
        assertThat(measured.windows())
                .extracting(WindowTerm::describe)
                .containsExactly(
                        "on 2026-07-04 from 20:30 for 720 min",
                        "every SUNDAY from 22:00 for 120 min",
                        "monthly on day 1 from 00:00 for 60 min");
        assertThat(measured.calendars())
                .as("only the calendars its targets name")
                .containsExactly(office);
        assertThat(sla.getTimeZone()).isEqualTo("Europe/Amsterdam");
        assertThat(sla.getTargets()).extracting(AgreementTarget::getThreshold).containsExactly(new BigDecimal("99"));
        assertThat(sla.getExcludedCategories()).containsExactly("vendor");
    }

    @Test
    @DisplayName("The content lines of a version are made from its terms, in the order versions are compared on")
    void contentLinesComeFromTheTerms() {
        ServiceLevelAgreement sla = everyKindOfTerm();

        assertThat(sla.content()).isEqualTo(sla.terms().lines("FIN"));
        assertThat(sla.content())
                .containsEntry("services", "EMAIL, ERP")
                .containsEntry(
                        "target: P1 response", "RESPONSE_TIME P1 within 0.25 h ≥ 90 % per MONTH, calendar JKT-OFFICE")
                .containsEntry("limit: Changes", "CHANGES ≤ 12 per QUARTER, above: REPORT_ONLY")
                .containsEntry("maintenance: Patch night", "every SUNDAY from 22:00 for 120 min");
        assertThat(sla.content().keySet())
                .startsWith(
                        "title",
                        "customer",
                        "services",
                        "requirements",
                        "validFrom",
                        "validTo",
                        "reviewCadence",
                        "timeZone",
                        "target: ERP availability")
                .endsWith("excludedCategories", "forceMajeure", "exceptionsStated");
    }

    @Test
    @DisplayName(
            "SLM-9: the target options (pooled availability, a missing first response as a miss) are kept with the terms,"
                    + " compared as lines; terms kept before them read as they were measured (pooled)")
    void targetOptionsAreKeptAndCompared() {
        ServiceLevelAgreement sla = ServiceLevelAgreementTest.complete();
        AgreementTarget pooled = AgreementTarget.of(
                TargetTerm.availability("Availability", null, new BigDecimal("99.5"), MeasurementPeriod.MONTH)
                        .withOptions(AvailabilityScope.POOLED, null));
        AgreementTarget strict = AgreementTarget.of(TargetTerm.response(
                        "Response P1", "P1", BigDecimal.ONE, new BigDecimal("90"), MeasurementPeriod.MONTH, null)
                .withOptions(null, NoResponseRule.MISSED));
        sla.replaceTargets(List.of(pooled, strict));
        AgreedTerms terms = sla.terms();

        AgreedTerms restored = AgreedTerms.fromJson(terms.toJson());

        assertThat(restored.targets())
                .extracting(AgreementTarget::getAvailabilityScope, AgreementTarget::getNoResponse)
                .containsExactly(tuple(AvailabilityScope.POOLED, null), tuple(null, NoResponseRule.MISSED));
        assertThat(restored.lines("FIN"))
                .containsEntry("target: Availability", "AVAILABILITY ≥ 99.5 % per MONTH, 24x7, services pooled")
                .containsEntry(
                        "target: Response P1",
                        "RESPONSE_TIME P1 within 1 h ≥ 90 % per MONTH, no first response: missed");
        AgreedTerms before = AgreedTerms.fromJson(terms.toJson()
                .replace(",\"availabilityScope\":\"POOLED\"", "")
                .replace(",\"noResponse\":\"MISSED\"", ""));
        assertThat(before.targets())
                .extracting(AgreementTarget::getAvailabilityScope, AgreementTarget::getNoResponse)
                .as("as they were measured before the options: pooled; the resolution counts as the response")
                .containsExactly(tuple(AvailabilityScope.POOLED, null), tuple(null, NoResponseRule.RESOLUTION_COUNTS));
    }
}
