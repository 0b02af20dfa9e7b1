package org.sepakat.servicelevel.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.ServiceLevelAgreementTest;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.DataScope;
import org.sepakat.shared.terms.LimitTerm;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OpeningHours;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.shared.terms.ScopedService;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.WorkloadMetric;

class AgreementsInForceTest {

    private static final CalendarTerm OFFICE = new CalendarTerm(
            "OFFICE",
            "Asia/Jakarta",
            List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))),
            List.of());

    private final AgreementsInForce terms = new AgreementsInForce();
    private final Logger log = Logger.getLogger(AgreementsInForce.class.getName());
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureWarnings() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseWarnings() {
        log.removeHandler(capture);
    }

    private static AgreementTarget resolution(String threshold, String withinHours) {
        return AgreementTarget.resolution(
                "Resolution P1",
                "P1",
                new BigDecimal(withinHours),
                new BigDecimal(threshold),
                MeasurementPeriod.MONTH,
                "OFFICE");
    }

    private MeasurableAgreement measured(ServiceLevelAgreement sla, AgreedVersion lastAgreed) {
        return measured(sla, List.of(lastAgreed), Period.of(2026, 7));
    }

    private MeasurableAgreement measured(ServiceLevelAgreement sla, List<AgreedVersion> versions, Period month) {
        return terms.measured(sla, versions, month, Map.of(OFFICE.code(), OFFICE));
    }

    /** An active SLA agreed once (within 4 h, at least 90 %); returns that agreed version. */
    private static AgreedVersion agreedOnce(ServiceLevelAgreement sla) {
        sla.cover(List.of(new CoveredService(10L, "HELPDESK")));
        sla.replaceTargets(List.of(resolution("90", "4")));
        sla.replaceLimits(List.of(new WorkloadLimit(
                "Tickets", WorkloadMetric.TICKETS, null, 100, MeasurementPeriod.MONTH, OverLimitRule.REPORT_ONLY)));
        sla.replaceExceptions(List.of(), List.of(), null, true);
        sla.agree("slaman", "Wati", Instant.parse("2026-06-30T03:00:00Z"));
        AgreedVersion version = new AgreedVersion(sla, YearMonth.of(2026, 7));
        sla.activate(LocalDate.of(2026, 7, 1));
        return version;
    }

    private static ServiceLevelAgreement sla(String reference) {
        return ServiceLevelAgreementTest.stored(
                new ServiceLevelAgreement(reference, "Helpdesk", 3L, "RVC", ReviewCadence.MONTHLY, "UTC"), 42);
    }

    @Test
    @DisplayName("SLM-9: an SLA without an open revision is measured as it is, under its own version and signatory")
    void activeSlaIsMeasuredAsItIs() {
        ServiceLevelAgreement sla = sla("SLA-ACTIVE");
        AgreedVersion first = agreedOnce(sla);

        MeasurableAgreement measured = measured(sla, first);

        assertThat(measured.identity())
                .isEqualTo(new AgreementIdentity(
                        OwnerKind.SERVICE_LEVEL_AGREEMENT, 42, "SLA-ACTIVE", "Helpdesk", 1, "slaman", null));
        assertThat(measured.scope())
                .isEqualTo(DataScope.ofCustomer(3L, "RVC", List.of(new ScopedService(10L, "HELPDESK")), List.of()));
        assertThat(measured.timeZone()).isEqualTo("UTC");
        assertThat(measured.targets())
                .containsExactly(TargetTerm.resolution(
                        "Resolution P1",
                        "P1",
                        new BigDecimal("4"),
                        new BigDecimal("90"),
                        MeasurementPeriod.MONTH,
                        "OFFICE"));
        assertThat(measured.limits())
                .extracting(LimitTerm::name, LimitTerm::maximum)
                .containsExactly(tuple("Tickets", 100L));
        assertThat(measured.calendar("OFFICE")).contains(OFFICE);
    }

    @Test
    @DisplayName("SLM-9: an SLA under revision is measured by its last agreed version, not by the draft")
    void revisedSlaIsMeasuredAsAgreed() {
        ServiceLevelAgreement sla = sla("SLA-REVISED");
        AgreedVersion first = agreedOnce(sla);
        sla.startRevision();
        sla.describe("Helpdesk (draft)", null, null, null, ReviewCadence.MONTHLY, "Asia/Jakarta");
        sla.cover(List.of(new CoveredService(11L, "ERP")));
        sla.replaceTargets(List.of(resolution("95", "1")));
        sla.replaceExceptions(List.of(), List.of("vendor"), null, true);

        MeasurableAgreement measured = measured(sla, first);

        assertThat(measured.identity().version()).isEqualTo(1);
        assertThat(measured.identity().title()).isEqualTo("Helpdesk");
        assertThat(measured.timeZone()).isEqualTo("UTC");
        assertThat(measured.scope().services()).extracting(ScopedService::code).containsExactly("HELPDESK");
        assertThat(measured.scope().excludedCategories()).isEmpty();
        assertThat(measured.targets()).singleElement().satisfies(target -> {
            assertThat(target.threshold()).isEqualByComparingTo("90");
            assertThat(target.withinHours()).isEqualByComparingTo("4");
        });
        assertThat(sla.getTargets())
                .singleElement()
                .satisfies(target -> assertThat(target.getThreshold()).isEqualByComparingTo("95"));
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName(
            "SLM-9: a version agreed before its terms were kept leaves the SLA measured by its content, warned once")
    void versionWithoutTermsFallsBackToTheContentWarningOnce() throws ReflectiveOperationException {
        ServiceLevelAgreement sla = sla("SLA-LEGACY");
        AgreedVersion first = agreedOnce(sla);
        var termsJson = AgreedVersion.class.getDeclaredField("termsJson");
        termsJson.setAccessible(true);
        // as the row of a version agreed before changelog 010 reads
        termsJson.set(first, null);
        sla.startRevision();
        sla.replaceTargets(List.of(resolution("95", "1")));

        assertThat(measured(sla, first).targets())
                .extracting(TargetTerm::threshold)
                .containsExactly(new BigDecimal("95"));
        assertThat(measured(sla, first).identity().version()).isEqualTo(1);
        assertThat(terms.agreed(sla, first))
                .as("that version cannot be restored")
                .isEmpty();

        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w.getMessage()).contains("SLA-LEGACY"));
    }

    /**
     * Version 1 (within 4 h, at least 90 %) agreed 30 June 2026, in force from July; version 2 (within
     * 1 h, at least 95 %) agreed 20 August 2026 and taking effect in October; the SLA valid from
     * 1 July 2026 to 31 December 2026.
     */
    private List<AgreedVersion> twoVersions(ServiceLevelAgreement sla) {
        sla.describe(
                "Helpdesk", null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), ReviewCadence.MONTHLY, "UTC");
        AgreedVersion first = agreedOnce(sla);
        sla.startRevision();
        sla.replaceTargets(List.of(resolution("95", "1")));
        sla.agree("slaman", "Wati", Instant.parse("2026-08-20T03:00:00Z"));
        AgreedVersion second = new AgreedVersion(sla, YearMonth.of(2026, 10));
        sla.activate(LocalDate.of(2026, 8, 20));
        return List.of(first, second);
    }

    @Test
    @DisplayName("Issue 11 §1: each month is measured by the version in force in it (two versions, different"
            + " effective dates), and the report names that version")
    void eachMonthIsMeasuredByTheVersionInForce() {
        ServiceLevelAgreement sla = sla("SLA-TWO");
        List<AgreedVersion> versions = twoVersions(sla);

        // August and September: version 2 was agreed on 20 August, but takes effect only in October
        for (Period month : List.of(Period.of(2026, 8), Period.of(2026, 9))) {
            MeasurableAgreement measured = measured(sla, versions, month);
            assertThat(measured.identity().version()).as(month.toString()).isEqualTo(1);
            assertThat(measured.targets()).singleElement().satisfies(target -> {
                assertThat(target.withinHours()).isEqualByComparingTo("4");
                assertThat(target.threshold()).isEqualByComparingTo("90");
            });
        }
        // October (its first day is version 2's effective date) and after: version 2
        for (Period month : List.of(Period.of(2026, 10), Period.of(2026, 12))) {
            MeasurableAgreement measured = measured(sla, versions, month);
            assertThat(measured.identity().version()).as(month.toString()).isEqualTo(2);
            assertThat(measured.targets()).singleElement().satisfies(target -> {
                assertThat(target.withinHours()).isEqualByComparingTo("1");
                assertThat(target.threshold()).isEqualByComparingTo("95");
            });
        }
    }

    @Test
    @DisplayName("Issue 11 §1: only months in force are measured: none before the first version takes effect,"
            + " none outside the validity")
    void onlyMonthsInForceAreMeasured() {
        ServiceLevelAgreement sla = sla("SLA-VALID");
        List<AgreedVersion> versions = twoVersions(sla);

        // June 2026: before version 1 takes effect (July) and before the validity (1 July)
        assertThat(measured(sla, versions, Period.of(2026, 6))).isNull();
        // July: the first month in force
        assertThat(measured(sla, versions, Period.of(2026, 7))).isNotNull();
        // January 2027: version 2 is in force, but the SLA is valid only until 31 December 2026
        assertThat(measured(sla, versions, Period.of(2027, 1))).isNull();
        assertThat(terms.termsInForce(sla, versions, Period.of(2027, 1)))
                .get()
                .satisfies(t -> assertThat(t.validTo()).isEqualTo(LocalDate.of(2026, 12, 31)));
    }

    @Test
    @DisplayName("Issue 11 §1: a month is within the validity when it shares a single day with it")
    void validityOverlapsTheMonth() {
        ServiceLevelAgreement sla = sla("SLA-DAY");
        sla.describe(
                "Helpdesk", null, LocalDate.of(2026, 7, 31), LocalDate.of(2026, 9, 1), ReviewCadence.MONTHLY, "UTC");
        var valid = sla.terms();

        assertThat(AgreementsInForce.validIn(valid, Period.of(2026, 6)))
                .as("June")
                .isFalse();
        assertThat(AgreementsInForce.validIn(valid, Period.of(2026, 7)))
                .as("July: its last day")
                .isTrue();
        assertThat(AgreementsInForce.validIn(valid, Period.of(2026, 9)))
                .as("September: its first day")
                .isTrue();
        assertThat(AgreementsInForce.validIn(valid, Period.of(2026, 10)))
                .as("October")
                .isFalse();
        sla.describe("Helpdesk", null, null, null, ReviewCadence.MONTHLY, "UTC");
        assertThat(AgreementsInForce.validIn(sla.terms(), Period.of(1999, 1)))
                .as("no validity: always")
                .isTrue();
    }

    @Test
    @DisplayName("Issue 11 §1: a version takes effect by default in the month after its agreement, in the SLA's zone")
    void defaultEffectiveMonth() {
        // 30 June 2026 20:00 UTC is already 1 July 03:00 in Jakarta: the default there is August
        Instant agreed = Instant.parse("2026-06-30T20:00:00Z");
        assertThat(AgreedVersion.defaultEffectiveFrom(agreed, java.time.ZoneId.of("UTC")))
                .isEqualTo(YearMonth.of(2026, 7));
        assertThat(AgreedVersion.defaultEffectiveFrom(agreed, java.time.ZoneId.of("Asia/Jakarta")))
                .isEqualTo(YearMonth.of(2026, 8));
    }
}
