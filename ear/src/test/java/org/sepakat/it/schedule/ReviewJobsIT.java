package org.sepakat.it.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.MailServer;
import org.sepakat.it.support.Mailbox;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.Unique;
import org.sepakat.measurement.boundary.MeasurementRuns;
import org.sepakat.measurement.boundary.PeriodMeasurements;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.party.boundary.Contacts;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.ContactData;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.schedule.boundary.ReviewJobs;
import org.sepakat.schedule.boundary.ReviewSchedules;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.JobParameters;
import org.sepakat.schedule.entity.JobRun;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.schedule.entity.ScheduleData;
import org.sepakat.schedule.entity.ScheduleRule;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.AgreementData;
import org.sepakat.servicelevel.entity.ExceptionsData;
import org.sepakat.servicelevel.entity.LimitData;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.shared.terms.WorkloadMetric;

/**
 * SLM-6, SLM-8: a schedule's persistent timer fires, its batch job reviews the month before,
 * stores one report per SLA and tells the service level manager of a missed target, in the
 * application and by e-mail (GreenMail). On Derby and PostgreSQL.
 */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class ReviewJobsIT {

    private static final String KPI = "Customer satisfaction";
    private static final String SLAMAN_MAIL = "slaman@sepakat.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(ReviewJobsIT.class, Mailbox.class);
    }

    @BeforeAll
    static void mailServer() {
        MailServer.startOutsideTheServer();
    }

    @AfterAll
    static void stopMailServer() {
        MailServer.stop();
    }

    @Inject
    ServiceCatalogue services;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    StaffDirectory staff;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    ReviewSchedules schedules;

    @Inject
    ReviewJobs jobs;

    @Inject
    MeasurementRuns runs;

    @Inject
    PeriodMeasurements reviews;

    @Inject
    Notifications notifications;

    @Inject
    RunAs runAs;

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    @Test
    @DisplayName(
            "SLM-6, SLM-8: the timer fires, the job reviews the month before and the SLM hears of the miss in the app and by e-mail")
    void scheduledReviewStoresTheReportAndNotifiesAMiss() throws Exception {
        ServiceLevelAgreement sla = activeSla();
        // the first whole minute at least 5 s ahead, time enough to arm the timer: a wait of 5-65 s; on days
        // 29-31 the rule counts back from the month's end (ScheduleRuleTest runs it for every day of a month)
        ZonedDateTime fireAt = ZonedDateTime.now(ZoneOffset.UTC)
                .plusSeconds(5)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        ScheduleRule rule = ScheduleRule.on(fireAt.toLocalDate(), fireAt.getHour(), fireAt.getMinute(), ZoneOffset.UTC);
        Period period = rule.periodReviewedAt(fireAt.toInstant());
        measure(sla.getId(), period, "50");

        ReviewSchedule schedule = schedules.create(new ScheduleData(
                Unique.code("Every month"),
                JobKind.SLA_REVIEW,
                rule.dayOfMonth(),
                rule.hour(),
                rule.minute(),
                "UTC",
                true,
                null));
        try {
            assertThat(schedules.nextRun(schedule.getId())).contains(fireAt.toInstant());

            JobRun run = await().pollInSameThread()
                    .atMost(Duration.ofSeconds(200))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> jobs.latestRunOf(JobKind.SLA_REVIEW, period, schedule.getId())
                                    .orElse(null),
                            r -> r != null && r.isCompleted());
            assertThat(run.trigger()).isEqualTo(JobParameters.SCHEDULE);
            assertThat(reviews.review(sla.getId(), period).getTriggeredBy())
                    .as("stored by the scheduled job")
                    .isEqualTo(RunTrigger.SCHEDULE);
            assertThat(runs.of(List.of(run.instanceId())).get(run.instanceId()).getAgreementsReviewed())
                    .isPositive();
            assertThat(schedules.find(schedule.getId()).getLastPeriod()).isEqualTo(period);

            Notification notice = await().pollInSameThread()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> missNoticeFor(sla.getReference()), n -> n != null);
            // issue 12 §2: one notice per run and recipient, listing each SLA with what it missed
            assertThat(NotificationText.text(Locale.ENGLISH, notice))
                    .startsWith("Review of " + period + ", SLAs that missed a target or exceeded a limit (")
                    .contains(sla.getReference() + " (" + KPI + ")");
            assertThat(notice.getLink())
                    .matches(
                            notice.getItems().size() == 1
                                    ? "/reports/view.xhtml\\?id=\\d+"
                                    : "/reports/list.xhtml\\?from=" + period + "&to=" + period);
            assertThat(notifications.unreadCount()).isPositive();

            Mailbox.Mail mail = await().pollInSameThread()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> Mailbox.of(SLAMAN_MAIL).stream()
                                    .filter(m -> m.subject().contains(sla.getReference()))
                                    .findFirst()
                                    .orElse(null),
                            m -> m != null);
            assertThat(mail.body()).contains(sla.getReference() + " (" + KPI).contains("/reports/");
        } finally {
            // an enabled schedule left behind would run every month in later test runs on the same database
            runAs.user(DemoUsers.SLAMAN);
            schedules.delete(schedule.getId(), schedules.find(schedule.getId()).getVersion());
        }
    }

    @Test
    @DisplayName(
            "SLM-6: reviewing the same month twice stores one report per SLA; a schedule never starts a month it completed")
    void sameMonthTwiceStoresOneReport() throws Exception {
        Period period = Period.current(java.time.Clock.system(ZoneOffset.UTC)).minusMonths(2);
        ServiceLevelAgreement sla = activeSlaMeasuring(period, "95");
        ReviewSchedule schedule = schedules.create(
                new ScheduleData(Unique.code("Twice"), JobKind.SLA_REVIEW, 1, 3, 0, "UTC", false, null));

        JobRun first = completed(schedules.runNow(schedule.getId(), period));
        JobRun second = completed(schedules.runNow(schedule.getId(), period));

        assertThat(reportsOf(sla.getId(), period)).isEqualTo(1);
        assertThat(reviews.review(sla.getId(), period).getTriggeredBy()).isEqualTo(RunTrigger.ON_DEMAND);
        var counts = runs.of(List.of(first.instanceId(), second.instanceId()));
        assertThat(counts.get(first.instanceId()).getReportsStored()).isPositive();
        assertThat(counts.get(second.instanceId()).getReportsStored())
                .as("nothing left to report the second time")
                .isZero();
        assertThat(jobs.startOnce(JobKind.SLA_REVIEW, period, schedule.getId(), JobParameters.SCHEDULE, 100, 0))
                .as("the month is done for this schedule")
                .isEmpty();
    }

    private JobRun completed(long execution) {
        return await().pollInSameThread()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> jobs.execution(execution).orElseThrow(), r -> r.isCompleted());
    }

    private Notification missNoticeFor(String reference) throws Exception {
        runAs.user(DemoUsers.SLAMAN);
        return notifications.mine(PageRequest.firstPage(100)).items().stream()
                .filter(n -> n.getItems().stream().anyMatch(item -> item.startsWith(reference + " (")))
                .findFirst()
                .orElse(null);
    }

    /** An active SLA of slaman's with one satisfaction target (at least 90 %) and its value for the month. */
    private ServiceLevelAgreement activeSlaMeasuring(Period period, String satisfaction) throws Exception {
        ServiceLevelAgreement active = activeSla();
        measure(active.getId(), period, satisfaction);
        return active;
    }

    /** An active SLA of slaman's, in force for two years before this month, with one satisfaction target (at least 90 %). */
    private ServiceLevelAgreement activeSla() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        Long service = services.create(new ServiceData(Unique.code("SVC"), "Helpdesk", null, null, null))
                .getId();
        Customer customer =
                customers.create(new CustomerData(Unique.code("REV"), "Biro Keuangan", CustomerKind.INTERNAL, null));
        customers.subscribe(customer.getId(), service);
        Long contact = contacts.create(customer.getId(), new ContactData("Wati", null, null, null))
                .getId();
        runAs.user(DemoUsers.SLAMAN);
        ServiceLevelAgreement draft = slas.create(new SlaData(
                Unique.code("SLA"),
                "Helpdesk SLA",
                customer.getId(),
                List.of(service),
                "Answer the phone",
                Period.current(java.time.Clock.systemUTC()).minusMonths(24).firstDay(),
                null,
                ReviewCadence.ANNUAL,
                "UTC",
                List.of(new TargetData(
                        KPI,
                        TargetMetric.CUSTOM_KPI,
                        Comparison.AT_LEAST,
                        new BigDecimal("90"),
                        "%",
                        MeasurementPeriod.MONTH,
                        null,
                        null,
                        null,
                        null,
                        null)),
                List.of(new LimitData(
                        "Changes",
                        WorkloadMetric.CHANGES,
                        null,
                        50L,
                        MeasurementPeriod.MONTH,
                        OverLimitRule.REPORT_ONLY)),
                new ExceptionsData(List.of(), List.of(), null, true),
                null));
        Long slaman = staff.byUsername(DemoUsers.SLAMAN).orElseThrow().getId();
        ServiceLevelAgreement agreed = slas.agree(
                draft.getId(),
                // in force in every month the job reviews here
                new AgreementData(slaman, contact, draft.getVersion(), java.time.YearMonth.of(2000, 1)));
        return slas.activate(draft.getId(), agreed.getVersion());
    }

    /** Counted in the table itself: what the unique constraint and the job must keep at one. */
    private static int reportsOf(Long agreementId, Period period) throws Exception {
        try (Connection connection =
                        InitialContext.<DataSource>doLookup("jdbc/sepakat").getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM rv_period_report WHERE agreement_id = ? AND period_start = ?")) {
            count.setLong(1, agreementId);
            count.setDate(2, Date.valueOf(period.firstDay()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The month's KPI value as the service data feed stores it (negative ids: never handed out by the feed). */
    private static void measure(Long agreementId, Period period, String value) throws Exception {
        try (Connection connection =
                        InitialContext.<DataSource>doLookup("jdbc/sepakat").getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO sd_kpi_value (id, version, external_id,"
                                + " agreement_id, measure_name, period_start, measured_value, received_at, received_by)"
                                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'review-it')")) {
            insert.setLong(1, -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
            insert.setString(2, Unique.code("KPI"));
            insert.setLong(3, agreementId);
            insert.setString(4, KPI);
            insert.setDate(5, Date.valueOf(period.firstDay()));
            insert.setBigDecimal(6, new BigDecimal(value));
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
