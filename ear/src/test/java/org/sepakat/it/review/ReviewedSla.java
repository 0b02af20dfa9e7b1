package org.sepakat.it.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.Unique;
import org.sepakat.party.boundary.Contacts;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.ContactData;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.AgreementData;
import org.sepakat.servicelevel.entity.CalendarData;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.ExceptionsData;
import org.sepakat.servicelevel.entity.LimitData;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.servicelevel.entity.WindowData;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.shared.terms.AvailabilityScope;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.NoResponseRule;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.WorkloadMetric;

/** Active SLAs made through the boundaries, as a service level manager would, for the review tests. */
@Dependent
class ReviewedSla {

    /**
     * The month every version agreed here takes effect: long before the months the review tests
     * measure, so each is measured by the version agreed last (a test of effective dates names its own).
     */
    static final YearMonth IN_FORCE_FROM = YearMonth.of(2000, 1);

    record Setup(Long agreementId, String reference, String customerCode, String serviceCode, Long contactId) {}

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    Calendars calendars;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    ServiceCatalogue services;

    @Inject
    StaffDirectory staff;

    @Inject
    RunAs runAs;

    private static final List<LimitData> HUNDRED_TICKETS = List.of(new LimitData(
            "Tickets", WorkloadMetric.TICKETS, null, 100L, MeasurementPeriod.MONTH, OverLimitRule.REPORT_ONLY));

    private static final List<CalendarData.Hours> WEEKDAYS_8_TO_17 = weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0));

    private static List<CalendarData.Hours> weekdays(LocalTime opens, LocalTime closes) {
        return Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(day -> new CalendarData.Hours(day, opens, closes))
                .toList();
    }

    /** Asia/Jakarta office hours with Nyepi 2026 as a holiday; response, resolution (24×7) and KPI targets. */
    Setup ticketSla() throws Exception {
        String calendar = jakartaOffice();
        List<TargetData> targets = List.of(
                new TargetData(
                        "Response P1",
                        TargetMetric.RESPONSE_TIME,
                        Comparison.AT_LEAST,
                        new BigDecimal("75"),
                        null,
                        MeasurementPeriod.MONTH,
                        calendar,
                        "P1",
                        new BigDecimal("4"),
                        null,
                        null),
                new TargetData(
                        "Resolution P2",
                        TargetMetric.RESOLUTION_TIME,
                        Comparison.AT_LEAST,
                        new BigDecimal("50"),
                        null,
                        MeasurementPeriod.MONTH,
                        null,
                        "P2",
                        new BigDecimal("24"),
                        null,
                        null),
                new TargetData(
                        "Satisfaction",
                        TargetMetric.CUSTOM_KPI,
                        Comparison.AT_LEAST,
                        new BigDecimal("4"),
                        "score",
                        MeasurementPeriod.MONTH,
                        null,
                        null,
                        null,
                        null,
                        null));
        List<LimitData> limits = List.of(
                new LimitData(
                        "Tickets",
                        WorkloadMetric.TICKETS,
                        null,
                        5L,
                        MeasurementPeriod.MONTH,
                        OverLimitRule.REPORT_ONLY),
                new LimitData(
                        "Named users",
                        WorkloadMetric.NAMED_USERS,
                        null,
                        50L,
                        MeasurementPeriod.MONTH,
                        OverLimitRule.REPORT_ONLY));
        return active(
                "Asia/Jakarta",
                targets,
                limits,
                new ExceptionsData(List.of(), List.of("waiting for customer"), null, true));
    }

    /**
     * UTC, 24×7: P1 answered within 1 hour in at least 90 % and resolved within 24 hours in at least
     * 50 % of tickets; tickets limited to 100 a month; category "waiting for customer" excluded.
     */
    Setup roundTheClockSla() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        List<TargetData> targets = List.of(
                new TargetData(
                        "Response P1",
                        TargetMetric.RESPONSE_TIME,
                        Comparison.AT_LEAST,
                        new BigDecimal("90"),
                        null,
                        MeasurementPeriod.MONTH,
                        null,
                        "P1",
                        BigDecimal.ONE,
                        null,
                        null),
                resolutionP1("50", "24"));
        return active(
                "UTC",
                targets,
                HUNDRED_TICKETS,
                new ExceptionsData(List.of(), List.of("waiting for customer"), null, true));
    }

    /** UTC, 24×7: P1 tickets resolved within 4 hours in at least 90 % of them over each quarter. */
    Setup quarterlyResolutionSla() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        List<TargetData> targets = List.of(new TargetData(
                "Quarterly resolution P1",
                TargetMetric.RESOLUTION_TIME,
                Comparison.AT_LEAST,
                new BigDecimal("90"),
                null,
                MeasurementPeriod.QUARTER,
                null,
                "P1",
                new BigDecimal("4"),
                null,
                null));
        return active("UTC", targets, HUNDRED_TICKETS, new ExceptionsData(List.of(), List.of(), null, true));
    }

    /** Asia/Jakarta office hours: P2 resolved within 9 business hours (one working day) in at least 50 % of tickets. */
    Setup officeResolutionSla() throws Exception {
        String calendar = jakartaOffice();
        List<TargetData> targets = List.of(new TargetData(
                "Resolution P2",
                TargetMetric.RESOLUTION_TIME,
                Comparison.AT_LEAST,
                new BigDecimal("50"),
                null,
                MeasurementPeriod.MONTH,
                calendar,
                "P2",
                new BigDecimal("9"),
                null,
                null));
        return active("Asia/Jakarta", targets, HUNDRED_TICKETS, new ExceptionsData(List.of(), List.of(), null, true));
    }

    /**
     * Changes the calendar the SLA's first target names (an {@link #officeResolutionSla()}'s) to weekdays
     * {@code opens}–{@code closes}, as an administrator would; its holidays stay.
     */
    void reopen(Setup setup, LocalTime opens, LocalTime closes) throws Exception {
        runAs.user(DemoUsers.ADMIN);
        String code = slas.find(setup.agreementId()).getTargets().get(0).getCalendarCode();
        ServiceCalendar calendar = calendars.byCode(code).orElseThrow();
        calendars.update(
                calendar.getId(),
                new CalendarData(
                        code,
                        calendar.getName(),
                        calendar.getTimeZone(),
                        weekdays(opens, closes),
                        calendar.getHolidays().stream()
                                .map(day -> new CalendarData.Day(day.getDate(), day.getName()))
                                .toList(),
                        calendar.getVersion()));
        runAs.nobody();
    }

    /** Weekdays 08–17 in Asia/Jakarta with Nyepi 2026 (19 March) as a holiday; its code. */
    private String jakartaOffice() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        return calendars
                .create(new CalendarData(
                        Unique.code("JKT"),
                        "Kantor Jakarta",
                        "Asia/Jakarta",
                        WEEKDAYS_8_TO_17,
                        List.of(new CalendarData.Day(LocalDate.of(2026, 3, 19), "Nyepi")),
                        null))
                .getCode();
    }

    /** UTC weekdays 08–18; a maintenance window from 30 April 17:00 for two days; changes limited with suspension. */
    Setup availabilitySla() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        String calendar = calendars
                .create(new CalendarData(
                        Unique.code("UTC"),
                        "Weekdays UTC",
                        "UTC",
                        weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0)),
                        List.of(),
                        null))
                .getCode();
        List<TargetData> targets = List.of(
                new TargetData(
                        "Availability",
                        TargetMetric.AVAILABILITY,
                        Comparison.AT_LEAST,
                        new BigDecimal("99.5"),
                        null,
                        MeasurementPeriod.MONTH,
                        calendar,
                        null,
                        null,
                        null,
                        null),
                new TargetData(
                        "Satisfaction",
                        TargetMetric.CUSTOM_KPI,
                        Comparison.AT_LEAST,
                        new BigDecimal("4"),
                        "score",
                        MeasurementPeriod.MONTH,
                        null,
                        null,
                        null,
                        null,
                        null),
                new TargetData(
                        "Quarterly response",
                        TargetMetric.RESPONSE_TIME,
                        Comparison.AT_LEAST,
                        new BigDecimal("90"),
                        null,
                        MeasurementPeriod.QUARTER,
                        calendar,
                        "P1",
                        new BigDecimal("4"),
                        null,
                        null));
        List<LimitData> limits = List.of(new LimitData(
                "Changes", WorkloadMetric.CHANGES, null, 1L, MeasurementPeriod.MONTH, OverLimitRule.SUSPEND_TARGETS));
        List<WindowData> windows = List.of(new WindowData(
                "Month-end upgrade",
                Recurrence.ONCE,
                LocalDate.of(2026, 4, 30),
                null,
                null,
                LocalTime.of(17, 0),
                2880));
        return active("UTC", targets, limits, new ExceptionsData(windows, List.of(), null, true));
    }

    /** P1 tickets resolved within {@code withinHours} round the clock in at least {@code threshold} % of them. */
    static TargetData resolutionP1(String threshold, String withinHours) {
        return new TargetData(
                "Resolution P1",
                TargetMetric.RESOLUTION_TIME,
                Comparison.AT_LEAST,
                new BigDecimal(threshold),
                null,
                MeasurementPeriod.MONTH,
                null,
                "P1",
                new BigDecimal(withinHours),
                null,
                null);
    }

    /** UTC, round the clock: P1 resolved within 4 h in at least 90 % of tickets; no ticket category excluded. */
    Setup resolutionSla() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        return active(
                "UTC",
                List.of(resolutionP1("90", "4")),
                HUNDRED_TICKETS,
                new ExceptionsData(List.of(), List.of(), null, true));
    }

    /**
     * A {@link #resolutionSla()} valid from {@code validFrom} (open ended), its first version in force
     * from {@code effectiveFrom}.
     */
    Setup resolutionSlaValidFrom(LocalDate validFrom, YearMonth effectiveFrom) throws Exception {
        runAs.user(DemoUsers.ADMIN);
        return active(
                "UTC",
                List.of(resolutionP1("90", "4")),
                HUNDRED_TICKETS,
                new ExceptionsData(List.of(), List.of(), null, true),
                validFrom,
                effectiveFrom);
    }

    /**
     * A {@link #resolutionSla()} covering two services of its customer: the same SLA, once with each
     * service's code (to deliver its tickets).
     */
    List<Setup> resolutionSlaOnTwoServices() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        String second = Unique.code("SVC");
        Long secondId = services.create(new ServiceData(second, "Service desk", null, null, null))
                .getId();
        Setup first = active(
                "UTC",
                List.of(resolutionP1("90", "4")),
                HUNDRED_TICKETS,
                new ExceptionsData(List.of(), List.of(), null, true),
                secondId);
        return List.of(
                first,
                new Setup(first.agreementId(), first.reference(), first.customerCode(), second, first.contactId()));
    }

    /**
     * UTC, 24×7 (no calendar), covering two services of its customer: availability at least 99.5 % per
     * service and at least 40 % pooled; P1 answered within 1 hour in at least 90 % of tickets, a ticket
     * resolved with no first response counting as a missed response. Once with each service's code.
     */
    List<Setup> roundTheClockOnTwoServices() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        String second = Unique.code("SVC");
        Long secondId = services.create(new ServiceData(second, "Service desk", null, null, null))
                .getId();
        List<TargetData> targets = List.of(
                availability24x7("Availability", "99.5", AvailabilityScope.PER_SERVICE),
                availability24x7("Pooled availability", "40", AvailabilityScope.POOLED),
                new TargetData(
                        "Response P1",
                        TargetMetric.RESPONSE_TIME,
                        Comparison.AT_LEAST,
                        new BigDecimal("90"),
                        null,
                        MeasurementPeriod.MONTH,
                        null,
                        "P1",
                        BigDecimal.ONE,
                        null,
                        NoResponseRule.MISSED));
        Setup first =
                active("UTC", targets, HUNDRED_TICKETS, new ExceptionsData(List.of(), List.of(), null, true), secondId);
        return List.of(
                first,
                new Setup(first.agreementId(), first.reference(), first.customerCode(), second, first.contactId()));
    }

    private static TargetData availability24x7(String name, String threshold, AvailabilityScope scope) {
        return new TargetData(
                name,
                TargetMetric.AVAILABILITY,
                Comparison.AT_LEAST,
                new BigDecimal(threshold),
                null,
                MeasurementPeriod.MONTH,
                null,
                null,
                null,
                scope,
                null);
    }

    /**
     * A second SLA with a {@link #resolutionSla()}'s terms for the same customer and service: a fresh
     * run over the same service data.
     */
    Setup resolutionTwin(Setup of) throws Exception {
        runAs.user(DemoUsers.SLAMAN);
        ServiceLevelAgreement original = slas.find(of.agreementId());
        String reference = Unique.code("SLA");
        ServiceLevelAgreement sla = slas.create(new SlaData(
                reference,
                "Helpdesk SLA",
                original.getCustomerId(),
                original.getServices().stream()
                        .map(CoveredService::getServiceId)
                        .toList(),
                null,
                null,
                null,
                ReviewCadence.MONTHLY,
                "UTC",
                List.of(resolutionP1("90", "4")),
                HUNDRED_TICKETS,
                new ExceptionsData(List.of(), List.of(), null, true),
                null));
        agreeAndActivate(sla.getId(), of.contactId(), sla.getVersion(), IN_FORCE_FROM);
        runAs.nobody();
        return new Setup(sla.getId(), reference, of.customerCode(), of.serviceCode(), of.contactId());
    }

    /** Opens a revision of a {@link #resolutionSla()} and saves a draft with these targets and excluded categories. */
    void revise(Setup setup, List<TargetData> targets, List<String> excludedCategories) throws Exception {
        runAs.user(DemoUsers.SLAMAN);
        ServiceLevelAgreement sla = slas.find(setup.agreementId());
        revise(sla, sla.getServices().stream().map(CoveredService::getServiceId).toList(), targets, excludedCategories);
    }

    /**
     * Opens a revision of a {@link #resolutionSlaOnTwoServices()} that no longer covers the service of
     * {@code dropped}, its terms otherwise unchanged, and saves it as a draft.
     */
    void reviseWithout(Setup setup, Setup dropped) throws Exception {
        runAs.user(DemoUsers.SLAMAN);
        ServiceLevelAgreement sla = slas.find(setup.agreementId());
        Long droppedId = services.idsByCode(List.of(dropped.serviceCode())).get(dropped.serviceCode());
        revise(
                sla,
                sla.getServices().stream()
                        .map(CoveredService::getServiceId)
                        .filter(id -> !id.equals(droppedId))
                        .toList(),
                List.of(resolutionP1("90", "4")),
                List.of());
    }

    private void revise(
            ServiceLevelAgreement sla, List<Long> serviceIds, List<TargetData> targets, List<String> excludedCategories)
            throws Exception {
        ServiceLevelAgreement revised = slas.startRevision(sla.getId(), sla.getVersion());
        slas.update(
                sla.getId(),
                new SlaData(
                        sla.getReference(),
                        sla.getTitle(),
                        sla.getCustomerId(),
                        serviceIds,
                        null,
                        null,
                        null,
                        sla.getReviewCadence(),
                        sla.getTimeZone(),
                        targets,
                        HUNDRED_TICKETS,
                        new ExceptionsData(List.of(), excludedCategories, null, true),
                        revised.getVersion()));
        runAs.nobody();
    }

    /** Both sides agree the SLA's draft (its next version), and it is activated. */
    void agreeRevision(Setup setup) throws Exception {
        agreeRevision(setup, IN_FORCE_FROM);
    }

    /** {@link #agreeRevision(Setup)}, the new version in force from {@code effectiveFrom}. */
    void agreeRevision(Setup setup, YearMonth effectiveFrom) throws Exception {
        runAs.user(DemoUsers.SLAMAN);
        try {
            agreeAndActivate(
                    setup.agreementId(),
                    setup.contactId(),
                    slas.find(setup.agreementId()).getVersion(),
                    effectiveFrom);
        } finally {
            runAs.nobody();
        }
    }

    private void agreeAndActivate(Long agreementId, Long contactId, long version, YearMonth effectiveFrom) {
        Long slaman = staff.byUsername(DemoUsers.SLAMAN).orElseThrow().getId();
        ServiceLevelAgreement agreed =
                slas.agree(agreementId, new AgreementData(slaman, contactId, version, effectiveFrom));
        slas.activate(agreementId, agreed.getVersion());
    }

    /** An active SLA on a new service of a new customer, and on the {@code otherServices} too (subscribed for it). */
    private Setup active(
            String zone,
            List<TargetData> targets,
            List<LimitData> limits,
            ExceptionsData exceptions,
            Long... otherServices)
            throws Exception {
        return active(zone, targets, limits, exceptions, null, IN_FORCE_FROM, otherServices);
    }

    /** {@link #active(String, List, List, ExceptionsData, Long...)} valid from {@code validFrom}, in force from {@code effectiveFrom}. */
    private Setup active(
            String zone,
            List<TargetData> targets,
            List<LimitData> limits,
            ExceptionsData exceptions,
            LocalDate validFrom,
            YearMonth effectiveFrom,
            Long... otherServices)
            throws Exception {
        String serviceCode = Unique.code("SVC");
        Long serviceId = services.create(new ServiceData(serviceCode, "Helpdesk", null, null, null))
                .getId();
        Customer customer =
                customers.create(new CustomerData(Unique.code("RVC"), "Dinas Kominfo", CustomerKind.INTERNAL, null));
        List<Long> covered =
                Stream.concat(Stream.of(serviceId), Stream.of(otherServices)).toList();
        for (Long service : covered) {
            customers.subscribe(customer.getId(), service);
        }
        Long contactId = contacts.create(customer.getId(), new ContactData("Wati", null, null, null))
                .getId();
        runAs.user(DemoUsers.SLAMAN);
        String reference = Unique.code("SLA");
        ServiceLevelAgreement sla = slas.create(new SlaData(
                reference,
                "Helpdesk SLA",
                customer.getId(),
                covered,
                null,
                validFrom,
                null,
                ReviewCadence.MONTHLY,
                zone,
                targets,
                limits,
                exceptions,
                null));
        agreeAndActivate(sla.getId(), contactId, sla.getVersion(), effectiveFrom);
        runAs.nobody();
        return new Setup(sla.getId(), reference, customer.getCode(), serviceCode, contactId);
    }
}
