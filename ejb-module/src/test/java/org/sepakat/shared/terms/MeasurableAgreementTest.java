package org.sepakat.shared.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeasurableAgreementTest {

    private static MeasurableAgreement agreement(
            List<TargetTerm> targets, List<String> categories, List<CalendarTerm> calendars) {
        return new MeasurableAgreement(
                new AgreementIdentity(OwnerKind.SERVICE_LEVEL_AGREEMENT, 5, "SLA-1", "Helpdesk", 2, "slaman", "admin"),
                DataScope.ofCustomer(3, "FIN", new ArrayList<>(List.of(new ScopedService(10, "ERP"))), categories),
                "Asia/Jakarta",
                targets,
                new ArrayList<>(),
                new ArrayList<>(),
                calendars);
    }

    @Test
    @DisplayName(
            "Issue 10 §1: the published agreement is a snapshot; changing the lists it was made from changes nothing")
    void recordIsASnapshot() {
        List<TargetTerm> targets = new ArrayList<>(List.of(
                TargetTerm.availability("Availability", "OFFICE", new BigDecimal("99.5"), MeasurementPeriod.MONTH)));
        List<String> categories = new ArrayList<>(List.of("waiting"));
        List<LocalDate> holidays = new ArrayList<>(List.of(LocalDate.of(2026, 3, 19)));
        List<CalendarTerm> calendars = new ArrayList<>(List.of(new CalendarTerm(
                "OFFICE",
                "Asia/Jakarta",
                List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))),
                holidays)));
        MeasurableAgreement agreement = agreement(targets, categories, calendars);

        targets.clear();
        categories.add("vendor");
        holidays.clear();
        calendars.clear();

        assertThat(agreement.targets()).extracting(TargetTerm::name).containsExactly("Availability");
        assertThat(agreement.scope().excludedCategories()).containsExactly("waiting");
        assertThat(agreement.calendar("OFFICE"))
                .hasValueSatisfying(c -> assertThat(c.holidays()).hasSize(1));
    }

    @Test
    @DisplayName("Issue 10 §1: no list of the published agreement can be changed by its reader")
    void listsCannotBeChanged() {
        MeasurableAgreement agreement = agreement(List.of(), List.of("waiting"), List.of());

        assertThatThrownBy(() -> agreement
                        .targets()
                        .add(TargetTerm.kpi("KPI", Comparison.AT_MOST, BigDecimal.ONE, "x", MeasurementPeriod.MONTH)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreement.scope().services().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreement.scope().excludedCategories().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreement.limits().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreement.windows().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreement.calendars().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("Issue 10 §1: every type of the model is a record, so nothing in it has a setter")
    void everyTypeIsARecordOrAnEnum() {
        assertThat(Stream.of(
                        MeasurableAgreement.class,
                        AgreementIdentity.class,
                        DataScope.class,
                        ScopedService.class,
                        TargetTerm.class,
                        LimitTerm.class,
                        WindowTerm.class,
                        CalendarTerm.class,
                        OpeningHours.class))
                .allSatisfy(type ->
                        assertThat(type.isRecord()).as(type.getSimpleName()).isTrue());
    }

    @Test
    @DisplayName("SLM-3: the named kinds of target read as the one-line description documents show")
    void namedTargetsDescribeThemselves() {
        assertThat(TargetTerm.response(
                                "P1 response",
                                "P1",
                                new BigDecimal("0.25"),
                                new BigDecimal("90"),
                                MeasurementPeriod.MONTH,
                                "JKT")
                        .describe())
                .isEqualTo("RESPONSE_TIME P1 within 0.25 h ≥ 90 % per MONTH, calendar JKT");
        assertThat(TargetTerm.kpi(
                                "Complaints",
                                Comparison.AT_MOST,
                                new BigDecimal("3.25"),
                                "per month",
                                MeasurementPeriod.QUARTER)
                        .describe())
                .isEqualTo("CUSTOM_KPI ≤ 3.25 per month per QUARTER");
    }
}
