package org.sepakat.servicelevel.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.sepakat.party.entity.DemoPartiesLoaded;
import org.sepakat.servicelevel.control.CalendarVersions;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.DemoAgreementsLoaded;
import org.sepakat.servicelevel.entity.Holiday;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.WeeklyHours;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.WorkloadMetric;

/** A calendar and one active SLA for the demo customer FIN, once the demo party register is stored. */
@Stateless
public class ServiceLevelDemoData {

    private static final Logger LOG = Logger.getLogger(ServiceLevelDemoData.class.getName());
    private static final String FINANCE = "FIN";

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarVersions calendarVersions;

    @Inject
    History history;

    @Inject
    Clock clock;

    @Inject
    Event<DemoAgreementsLoaded> loaded;

    public void onDemoParties(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoPartiesLoaded parties) {
        Long finance = parties.customerIds().get(FINANCE);
        if (finance == null) {
            return;
        }
        ServiceCalendar office = new ServiceCalendar("JKT-OFFICE", "Jakarta office hours", "Asia/Jakarta");
        office.replaceHours(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                        .stream()
                        .map(d -> new WeeklyHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)))
                        .toList());
        int year = LocalDate.now(clock).getYear();
        office.replaceHolidays(List.of(
                new Holiday(LocalDate.of(year, 12, 25), "Christmas"),
                new Holiday(LocalDate.of(year + 1, 1, 1), "New Year")));
        history.created(office);
        calendarVersions.keep(office);

        ServiceLevelAgreement sla = new ServiceLevelAgreement(
                "SLA-FIN-" + year,
                "Finance Division: e-mail and ERP",
                finance,
                FINANCE,
                ReviewCadence.QUARTERLY,
                "Asia/Jakarta");
        sla.describe(
                sla.getTitle(),
                "Month-end closing needs ERP during office hours; e-mail is business critical.",
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                ReviewCadence.QUARTERLY,
                "Asia/Jakarta");
        sla.cover(List.of(
                new CoveredService(parties.serviceIds().get("EMAIL"), "EMAIL"),
                new CoveredService(parties.serviceIds().get("ERP"), "ERP")));
        sla.replaceTargets(List.of(
                AgreementTarget.availability(
                        "Office-hours availability", office.getCode(), new BigDecimal("99.5"), MeasurementPeriod.MONTH),
                AgreementTarget.availability(
                        "Round-the-clock availability", null, new BigDecimal("99"), MeasurementPeriod.MONTH),
                AgreementTarget.resolution(
                        "P1 resolution",
                        "P1",
                        new BigDecimal("8"),
                        new BigDecimal("90"),
                        MeasurementPeriod.MONTH,
                        office.getCode())));
        sla.replaceLimits(List.of(new WorkloadLimit(
                "Incidents per month",
                WorkloadMetric.TICKETS,
                "incident",
                300,
                MeasurementPeriod.MONTH,
                OverLimitRule.SUSPEND_TARGETS)));
        sla.replaceExceptions(
                List.of(new MaintenanceWindow(
                        "Sunday patching", Recurrence.WEEKLY, null, DayOfWeek.SUNDAY, null, LocalTime.of(22, 0), 120)),
                List.of("waiting for customer"),
                null,
                true);
        sla.agree("slaman", parties.firstContactOfCustomer().get(FINANCE), clock.instant());
        history.created(sla);
        // in force from the start of its validity, so the months of this year are measured by it
        em.persist(new AgreedVersion(sla, YearMonth.of(year, 1)));
        history.change(sla, s -> s.activate(LocalDate.now(clock)));
        LOG.info("Demo data loaded: 1 calendar, 1 active SLA");
        loaded.fire(new DemoAgreementsLoaded(
                Map.of(sla.getReference(), sla.getId()), parties.customerIds(), parties.serviceIds()));
    }
}
