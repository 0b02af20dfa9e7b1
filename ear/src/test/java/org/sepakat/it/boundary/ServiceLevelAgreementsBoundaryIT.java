package org.sepakat.it.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
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
import org.sepakat.servicelevel.entity.ExceptionsData;
import org.sepakat.servicelevel.entity.LimitData;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.WorkloadMetric;

/** SLAs as controlled documents, inside the server on the configured database. */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class ServiceLevelAgreementsBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(ServiceLevelAgreementsBoundaryIT.class);
    }

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
    History history;

    @Inject
    RunAs runAs;

    private record Setup(Customer customer, Long serviceId, Long contactId, String calendar) {}

    private Setup customerWithServiceAndCalendar() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        Long serviceId = services.create(new ServiceData(Unique.code("SVC"), "Payroll", null, null, null))
                .getId();
        Customer customer =
                customers.create(new CustomerData(Unique.code("SLC"), "Biro Umum", CustomerKind.INTERNAL, null));
        customers.subscribe(customer.getId(), serviceId);
        Long contactId = contacts.create(customer.getId(), new ContactData("Wati", null, null, null))
                .getId();
        String calendar = calendars
                .create(new CalendarData(
                        Unique.code("CAL"),
                        "Office",
                        "Asia/Jakarta",
                        List.of(new CalendarData.Hours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))),
                        List.of(),
                        null))
                .getCode();
        runAs.user(DemoUsers.SLAMAN);
        return new Setup(customer, serviceId, contactId, calendar);
    }

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    private static SlaData document(String reference, Setup setup, String threshold, boolean withLimit, Long version) {
        return new SlaData(
                reference,
                "Payroll SLA",
                setup.customer().getId(),
                List.of(setup.serviceId()),
                "Pay day runs",
                null,
                null,
                ReviewCadence.QUARTERLY,
                "Asia/Jakarta",
                List.of(new TargetData(
                        "Availability",
                        TargetMetric.AVAILABILITY,
                        Comparison.AT_LEAST,
                        new BigDecimal(threshold),
                        null,
                        MeasurementPeriod.MONTH,
                        setup.calendar(),
                        null,
                        null,
                        null,
                        null)),
                withLimit
                        ? List.of(new LimitData(
                                "Tickets",
                                WorkloadMetric.TICKETS,
                                null,
                                100L,
                                MeasurementPeriod.MONTH,
                                OverLimitRule.REPORT_ONLY))
                        : List.of(),
                new ExceptionsData(List.of(), List.of("waiting for customer"), null, true),
                version);
    }

    private Long slaman() {
        return staff.byUsername(DemoUsers.SLAMAN).orElseThrow().getId();
    }

    @Test
    @DisplayName("SLM-9: every agreed version is kept on revision and two versions compare line by line")
    void versionsAreKeptOnRevision() throws Exception {
        Setup setup = customerWithServiceAndCalendar();
        String reference = Unique.code("SLA");
        ServiceLevelAgreement draft = slas.create(document(reference, setup, "99.0", false, null));

        assertThatThrownBy(() ->
                        slas.agree(draft.getId(), new AgreementData(slaman(), setup.contactId(), draft.getVersion())))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("SLM-4"));

        ServiceLevelAgreement complete =
                slas.update(draft.getId(), document(reference, setup, "99.0", true, draft.getVersion()));
        ServiceLevelAgreement agreed =
                slas.agree(draft.getId(), new AgreementData(slaman(), setup.contactId(), complete.getVersion()));
        assertThat(agreed.getStatus()).isEqualTo(SlaStatus.AGREED);
        assertThat(agreed.getCustomerApprover()).isEqualTo("Wati");
        ServiceLevelAgreement active = slas.activate(draft.getId(), agreed.getVersion());
        ServiceLevelAgreement revising = slas.startRevision(draft.getId(), active.getVersion());
        ServiceLevelAgreement changed =
                slas.update(draft.getId(), document(reference, setup, "99.7", true, revising.getVersion()));
        slas.agree(draft.getId(), new AgreementData(slaman(), setup.contactId(), changed.getVersion()));

        assertThat(slas.versions(draft.getId())).extracting(v -> v.getNumber()).containsExactly(1, 2);
        assertThat(slas.version(draft.getId(), 1).content().get("target: Availability"))
                .contains("99 %");
        assertThat(slas.compare(draft.getId(), 1, 2)).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("target: Availability");
            assertThat(change.newValue()).contains("99.7");
        });
    }

    @Test
    @DisplayName("X-1: a concurrent edit of the same draft is refused and the first save is kept; history is written")
    void concurrentDraftEditIsAConflict() throws Exception {
        Setup setup = customerWithServiceAndCalendar();
        String reference = Unique.code("SLA");
        ServiceLevelAgreement draft = slas.create(document(reference, setup, "98", true, null));
        long readByBoth = draft.getVersion();
        slas.update(draft.getId(), document(reference, setup, "98.5", true, readByBoth));
        assertThatThrownBy(() -> slas.update(draft.getId(), document(reference, setup, "97", true, readByBoth)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(slas.find(draft.getId()).getTargets().get(0).getThreshold()).isEqualByComparingTo("98.5");

        List<HistoryEntry> rows = history.of("ServiceLevelAgreement", draft.getId());
        assertThat(rows)
                .filteredOn(h -> h.getChangeKind() == ChangeKind.CHANGED)
                .extracting(HistoryEntry::getFieldName, HistoryEntry::getChangedBy)
                .containsExactly(tuple("target: Availability", "slaman"));
    }

    @Test
    @DisplayName("X-4: relationship managers see only the SLAs of customers they manage")
    void relationshipManagersSeeTheirCustomersOnly() throws Exception {
        Setup setup = customerWithServiceAndCalendar();
        ServiceLevelAgreement sla = slas.create(document(Unique.code("SLA"), setup, "99", true, null));
        runAs.user(DemoUsers.RELMAN);
        assertThatThrownBy(() -> slas.find(sla.getId())).isInstanceOf(RecordNotFound.class);
        runAs.user(DemoUsers.ADMIN);
        customers.appointManager(
                setup.customer().getId(),
                staff.byUsername(DemoUsers.RELMAN).orElseThrow().getId());
        runAs.user(DemoUsers.RELMAN);
        assertThat(slas.find(sla.getId()).getReference()).isEqualTo(sla.getReference());
    }
}
