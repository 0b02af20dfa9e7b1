package org.sepakat.it.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.StoredReports;
import org.sepakat.it.support.Unique;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Rating;
import org.sepakat.measurement.entity.ReviewOutcomeData;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.measurement.entity.SlaRating;
import org.sepakat.measurement.entity.TargetPoint;
import org.sepakat.measurement.entity.WorkloadPoint;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.RuleViolation;

/** The read side of period reports (SLM-6, SLM-7) inside the server, on Derby and on PostgreSQL. */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class PeriodReportsBoundaryIT {

    private static final Period AUG = Period.of(2026, 8);
    private static final Period SEP = Period.of(2026, 9);
    private static final Period OCT = Period.of(2026, 10);

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(PeriodReportsBoundaryIT.class, StoredReports.class);
    }

    @Inject
    PeriodReports reports;

    @Inject
    Customers customers;

    @Inject
    StaffDirectory staff;

    @Inject
    History history;

    @Inject
    RunAs runAs;

    @Resource(lookup = "jdbc/sepakat")
    DataSource dataSource;

    private Customer customer;
    private long first;
    private long second;

    /** A customer of its own with two SLAs: the first reported for three months, the second for one. */
    @BeforeEach
    void customerWithReports() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        customer = customers.create(new CustomerData(Unique.code("RPT"), "Biro Laporan", CustomerKind.INTERNAL, null));
        first = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        second = first + 1;
        store(first, "A-" + customer.getCode(), AUG, "92", 80);
        store(first, "A-" + customer.getCode(), SEP, "85", 96);
        store(first, "A-" + customer.getCode(), OCT, "95", 120);
        store(second, "B-" + customer.getCode(), SEP, "70", 10);
        runAs.user(DemoUsers.SLAMAN);
    }

    private long store(long agreement, String reference, Period period, String response, long tickets)
            throws Exception {
        return StoredReports.store(
                dataSource,
                StoredReports.sample(
                        agreement,
                        reference,
                        customer.getId(),
                        customer.getCode(),
                        period,
                        new BigDecimal(response),
                        tickets));
    }

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    @Test
    @DisplayName("SLM-6: the customer dashboard shows the latest period of each SLA with its rating")
    void latestRatingPerSla() {
        assertThat(reports.latestRatings(customer.getId()))
                .extracting(SlaRating::agreementId, SlaRating::getPeriodLabel, SlaRating::rating)
                .containsExactly(tuple(first, "2026-10", Rating.AMBER), tuple(second, "2026-09", Rating.RED));
    }

    @Test
    @DisplayName("SLM-6, SLM-7: the SLA dashboard has attainment per target and workload per limit, oldest first")
    void attainmentAndWorkloadOverTime() {
        assertThat(reports.attainment(first, 12))
                .filteredOn(p -> StoredReports.RESPONSE.equals(p.target()))
                .extracting(
                        p -> p.period().toString(),
                        p -> p.threshold().intValue(),
                        p -> p.attained().intValue())
                .containsExactly(tuple("2026-08", 90, 92), tuple("2026-09", 90, 85), tuple("2026-10", 90, 95));
        assertThat(reports.attainment(first, 12))
                .extracting(TargetPoint::target)
                .containsOnly(StoredReports.AVAILABILITY, StoredReports.RESPONSE)
                .hasSize(6);
        assertThat(reports.workload(first, 12))
                .extracting(
                        p -> p.period().toString(),
                        WorkloadPoint::maximum,
                        p -> p.actual().intValue())
                .containsExactly(tuple("2026-08", 100L, 80), tuple("2026-09", 100L, 96), tuple("2026-10", 100L, 120));
        assertThat(reports.workload(first, 2))
                .extracting(p -> p.period().toString())
                .containsExactly("2026-09", "2026-10");
    }

    @Test
    @DisplayName("SLM-6: reports are listed newest first and filtered by customer, rating and months")
    void listAndFilters() {
        var all = reports.list(
                new PageRequest(0, 10, null, true, Map.of("customerId", String.valueOf(customer.getId()))));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(PeriodReport::getPeriodLabel).startsWith("2026-10");
        var red = reports.list(new PageRequest(
                0,
                10,
                null,
                true,
                Map.of(
                        "customerId",
                        String.valueOf(customer.getId()),
                        "rating",
                        "RED",
                        "from",
                        "2026-09",
                        "to",
                        "2026-09")));
        assertThat(red.items())
                .extracting(PeriodReport::getAgreementId, PeriodReport::getPeriodLabel)
                .containsExactlyInAnyOrder(tuple(first, "2026-09"), tuple(second, "2026-09"));
        assertThat(reports.ofAgreement(first))
                .extracting(PeriodReport::getPeriodLabel)
                .containsExactly("2026-10", "2026-09", "2026-08");
        assertThatThrownBy(() -> reports.list(new PageRequest(0, 10, null, true, Map.of("from", "Oct 2026"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> reports.ofPeriod(second, OCT)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    @DisplayName(
            "SLM-7: the review outcome is recorded with its author and kept in the history; a stale version is refused")
    void reviewOutcomeAndConcurrentEdit() {
        PeriodReport report = reports.ofPeriod(first, SEP);
        long read = report.getVersion();
        PeriodReport reviewed = reports.recordReview(
                report.getId(),
                new ReviewOutcomeData(
                        ReviewState.DISPUTED, "Customer counts two more P1 tickets", "Recount P1 tickets", read));
        assertThat(reviewed.getReviewState()).isEqualTo(ReviewState.DISPUTED);
        assertThat(reviewed.getReviewedBy()).isEqualTo(DemoUsers.SLAMAN);
        assertThat(reviewed.getRating()).isEqualTo(Rating.RED);

        assertThatThrownBy(() -> reports.recordReview(
                        report.getId(), new ReviewOutcomeData(ReviewState.ACCEPTED, "Second reviewer", null, read)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(reports.find(report.getId()).getReviewComments()).isEqualTo("Customer counts two more P1 tickets");

        assertThat(history.of("PeriodReport", report.getId()))
                .filteredOn(h -> "reviewState".equals(h.getFieldName()))
                .extracting(HistoryEntry::getOldValue, HistoryEntry::getNewValue, HistoryEntry::getChangedBy)
                .containsExactly(tuple("AWAITING_REVIEW", "DISPUTED", DemoUsers.SLAMAN));
    }

    @Test
    @DisplayName("SLM-7: a review needs an outcome; comments have a maximum length; nothing is stored otherwise")
    void invalidReviewIsRefused() {
        PeriodReport report = reports.ofPeriod(first, OCT);
        assertThatThrownBy(() -> reports.recordReview(
                        report.getId(), new ReviewOutcomeData(null, "no outcome", null, report.getVersion())))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(p -> p.field())
                        .containsExactly("state"));
        assertThatThrownBy(() -> reports.recordReview(
                        report.getId(),
                        new ReviewOutcomeData(ReviewState.AWAITING_REVIEW, null, null, report.getVersion())))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> reports.recordReview(
                        report.getId(),
                        new ReviewOutcomeData(ReviewState.ACCEPTED, "x".repeat(4001), null, report.getVersion())))
                .isInstanceOf(InvalidInput.class);
        assertThat(reports.find(report.getId()).getReviewState()).isEqualTo(ReviewState.AWAITING_REVIEW);
    }

    @Test
    @DisplayName("X-4: the auditor reads reports but cannot record a review")
    void auditorReadsButDoesNotReview() throws Exception {
        runAs.user(DemoUsers.AUDITOR);
        PeriodReport report = reports.ofPeriod(first, OCT);
        assertThat(reports.latestRatings(customer.getId())).hasSize(2);
        assertThatThrownBy(() -> reports.recordReview(
                        report.getId(), new ReviewOutcomeData(ReviewState.ACCEPTED, null, null, report.getVersion())))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    @DisplayName("X-4: a relationship manager reads the reports of the customers they manage, and only those")
    void relationshipManagerSeesManagedCustomersOnly() throws Exception {
        runAs.user(DemoUsers.RELMAN);
        assertThat(reports.list(new PageRequest(
                                0, 10, null, true, Map.of("customerId", String.valueOf(customer.getId()))))
                        .total())
                .isZero();
        assertThat(reports.latestRatings(customer.getId())).isEmpty();
        assertThat(reports.attainment(first, 12)).isEmpty();
        assertThatThrownBy(() -> reports.ofPeriod(first, OCT)).isInstanceOf(RecordNotFound.class);

        runAs.user(DemoUsers.ADMIN);
        customers.appointManager(
                customer.getId(),
                staff.byUsername(DemoUsers.RELMAN).orElseThrow().getId());
        runAs.user(DemoUsers.RELMAN);
        assertThat(reports.ofPeriod(first, OCT).getPeriodLabel()).isEqualTo("2026-10");
        assertThat(reports.latestRatings(customer.getId())).hasSize(2);
        assertThat(reports.workload(first, 12)).hasSize(3);
    }
}
