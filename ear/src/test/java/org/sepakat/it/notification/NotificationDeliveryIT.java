package org.sepakat.it.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementData;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.MailServer;
import org.sepakat.it.support.Mailbox;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.Unique;
import org.sepakat.notification.boundary.Digests;
import org.sepakat.notification.boundary.MailErrors;
import org.sepakat.notification.boundary.Mailer;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Delivery;
import org.sepakat.notification.entity.MailRequested;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.shared.entity.PageRequest;

/**
 * Issue 12 §2: notices of one review run are grouped into one per recipient, each user chooses per
 * kind how notices reach them (in the application, e-mail at once, daily digest), the digest goes out
 * once however many servers send it at the same time, and an e-mail that cannot be sent is kept for
 * the administrator. Acts on the supplier manager, whose notices no other test reads. On Derby and
 * PostgreSQL, with GreenMail.
 */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class NotificationDeliveryIT {

    private static final String SUPMAN_MAIL = "supman@sepakat.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(NotificationDeliveryIT.class, Mailbox.class, HeldNotices.class);
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
    Notifications notifications;

    @Inject
    Digests digests;

    @Inject
    Mailer mailer;

    @Inject
    MailErrors mailErrors;

    @Inject
    RunAs runAs;

    @Inject
    HeldNotices held;

    @Inject
    Improvements improvements;

    @AfterEach
    void restore() throws Exception {
        runAs.user(DemoUsers.SUPMAN);
        notifications.choose(NotificationKind.REVIEW_MISSES, Delivery.DEFAULT);
        runAs.nobody();
    }

    /** A review run's notice for the supplier manager naming one SLA, in a run of its own. */
    private static Notice runNotice(String run, String sla, long reportId) {
        return Notice.grouped(
                DemoUsers.SUPMAN,
                NotificationKind.REVIEW_MISSES,
                "notification.reviewMisses",
                List.of("2026-10"),
                "/reports/view.xhtml?id=" + reportId,
                "review:2026-10:" + run,
                "/reports/list.xhtml?from=2026-10&to=2026-10",
                List.of(sla + " (P1 resolution)"));
    }

    private List<Notification> mineOf(String run) throws Exception {
        runAs.user(DemoUsers.SUPMAN);
        return notifications.mine(new PageRequest(0, 100, null, true, Map.of())).items().stream()
                .filter(n -> ("review:2026-10:" + run).equals(n.getGroupKey()))
                .toList();
    }

    private static List<Mailbox.Mail> mailsAbout(String text) throws Exception {
        return Mailbox.of(SUPMAN_MAIL).stream()
                .filter(m -> m.body().contains(text))
                .toList();
    }

    @Test
    @DisplayName("Issue 12 §2: the chunks of one review run make one unread notice per recipient listing every SLA, "
            + "linked to the month's reports; once read, the next notice starts a new one")
    void oneNoticePerRunAndRecipient() throws Exception {
        String run = Unique.code("RUN");
        runAs.user(DemoUsers.SUPMAN);
        long unreadBefore = notifications.unreadCount();
        runAs.user(DemoUsers.ADMIN);

        notifications.notifyAll(List.of(runNotice(run, "SLA-A-" + run, 1)));
        notifications.notifyAll(List.of(runNotice(run, "SLA-B-" + run, 2), runNotice(run, "SLA-C-" + run, 3)));

        List<Notification> mine = mineOf(run);
        assertThat(mine).hasSize(1);
        assertThat(NotificationText.text(Locale.ENGLISH, mine.get(0)))
                .isEqualTo("Review of 2026-10, SLAs that missed a target or exceeded a limit (3): SLA-A-" + run
                        + " (P1 resolution); SLA-B-" + run + " (P1 resolution); SLA-C-" + run + " (P1 resolution)");
        assertThat(mine.get(0).getLink()).isEqualTo("/reports/list.xhtml?from=2026-10&to=2026-10");
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore + 1);

        notifications.markRead(mine.get(0).getId());
        runAs.user(DemoUsers.ADMIN);
        notifications.notifyAll(List.of(runNotice(run, "SLA-D-" + run, 4)));
        assertThat(mineOf(run)).hasSize(2);
    }

    @Test
    @DisplayName("Issue 12 §2: two servers joining notices of one run for one recipient at the same time (one still"
            + " uncommitted when the other joins) make one notice holding every line")
    void concurrentJoinsMakeOneNoticeWithEveryLine() throws Exception {
        String run = Unique.code("LCK");
        runAs.nobody();
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = servers.submit(() -> {
                held.notifyAndHold(List.of(runNotice(run, "SLA-A-" + run, 1)), written, 2_000);
                return null;
            });
            Future<?> quick = servers.submit(() -> {
                written.await();
                held.notifyNow(List.of(runNotice(run, "SLA-B-" + run, 2), runNotice(run, "SLA-C-" + run, 3)));
                return null;
            });
            slow.get();
            quick.get();
        } finally {
            servers.shutdown();
        }

        List<Notification> mine = mineOf(run);
        assertThat(mine).as("one notice for the run").hasSize(1);
        assertThat(mine.get(0).getItems())
                .containsExactlyInAnyOrder(
                        "SLA-A-" + run + " (P1 resolution)",
                        "SLA-B-" + run + " (P1 resolution)",
                        "SLA-C-" + run + " (P1 resolution)");
        assertThat(mine.get(0).getArguments()).contains("3");
    }

    @Test
    @DisplayName(
            "Issue 12 §2, X-3: an improvement opportunity given to someone tells them once, linked to it (a save"
                    + " keeping the owner tells nobody); once overdue, the daily run tells its owner once however often it runs")
    void improvementOwnerIsToldOnce() throws Exception {
        String title = Unique.code("IMPN");
        runAs.user(DemoUsers.ADMIN);
        ImprovementOpportunity opportunity = improvements.create(opportunityData(title, "First", null));
        ImprovementOpportunity saved =
                improvements.update(opportunity.getId(), opportunityData(title, "Second", opportunity.getVersion()));
        assertThat(saved.getDescription()).isEqualTo("Second");

        String link = "/improvements/view.xhtml?id=" + opportunity.getId();
        List<Notification> assigned = aboutOpportunity(link, "notification.improvementAssigned");
        assertThat(assigned).hasSize(1);
        assertThat(NotificationText.text(Locale.ENGLISH, assigned.get(0)))
                .isEqualTo("Improvement opportunity " + opportunity.getNumber() + " \"" + title
                        + "\" is now yours, due " + LocalDate.now().minusDays(2));
        assertThat(NotificationText.text(Locale.forLanguageTag("id"), assigned.get(0)))
                .startsWith("Peluang perbaikan " + opportunity.getNumber());

        runAs.user(DemoUsers.ADMIN);
        assertThat(improvements.tellOverdue()).as("ours at least").isPositive();
        runAs.user(DemoUsers.ADMIN);
        improvements.tellOverdue();
        List<Notification> overdue = aboutOpportunity(link, "notification.improvementOverdue");
        assertThat(overdue).as("told once however often the run asks").hasSize(1);
        assertThat(NotificationText.text(Locale.ENGLISH, overdue.get(0))).contains(title, "is overdue");
        assertThat(overdue.get(0).getKind()).isEqualTo(NotificationKind.IMPROVEMENT_OVERDUE);
    }

    private static ImprovementData opportunityData(String title, String description, Long version) {
        return new ImprovementData(
                title,
                description,
                SourceKind.MANUAL,
                null,
                null,
                null,
                DemoUsers.SUPMAN,
                LocalDate.now().minusDays(2),
                ImprovementPriority.MEDIUM,
                version);
    }

    private List<Notification> aboutOpportunity(String link, String messageKey) throws Exception {
        runAs.user(DemoUsers.SUPMAN);
        return notifications.mine(new PageRequest(0, 200, null, true, Map.of())).items().stream()
                .filter(n -> link.equals(n.getLink()) && messageKey.equals(n.getMessageKey()))
                .toList();
    }

    @Test
    @DisplayName("Issue 12 §2: a user who chose the daily digest gets no e-mail at once; the digest, sent by two "
            + "servers at the same time, reaches them once with every waiting notice")
    void digestGoesOutOnce() throws Exception {
        String run = Unique.code("DIG");
        runAs.user(DemoUsers.SUPMAN);
        assertThat(notifications.choose(NotificationKind.REVIEW_MISSES, Delivery.DIGEST))
                .containsEntry(NotificationKind.REVIEW_MISSES, Delivery.DIGEST);
        runAs.user(DemoUsers.ADMIN);
        notifications.notifyAll(List.of(runNotice(run, "SLA-A-" + run, 1)));
        notifications.notifyAll(List.of(Notice.grouped(
                DemoUsers.SUPMAN,
                NotificationKind.REVIEW_MISSES,
                "notification.reviewMisses",
                List.of("2026-09"),
                "/reports/view.xhtml?id=9",
                "review:2026-09:" + run,
                "/reports/list.xhtml?from=2026-09&to=2026-09",
                List.of("SLA-Z-" + run + " (ERP availability)"))));

        Thread.sleep(3_000);
        assertThat(mailsAbout("SLA-A-" + run)).as("nothing is mailed at once").isEmpty();

        // two servers' timers at the same moment, without a caller: both ask, one claims
        runAs.nobody();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> send = () -> {
            start.await();
            return digests.sendDue();
        };
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = servers.submit(send);
            Future<Integer> second = servers.submit(send);
            start.countDown();
            assertThat(first.get() + second.get())
                    .as("one digest between the two")
                    .isEqualTo(1);
        } finally {
            servers.shutdown();
        }
        assertThat(digests.sendDue()).as("nothing left to digest").isZero();

        Mailbox.Mail digest = await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> mailsAbout("SLA-A-" + run), mails -> !mails.isEmpty())
                .get(0);
        assertThat(digest.subject()).startsWith("Sepakat: your daily digest");
        assertThat(digest.body()).contains("SLA-Z-" + run + " (ERP availability)");
        Thread.sleep(2_000);
        assertThat(mailsAbout("SLA-A-" + run)).as("the digest went out once").hasSize(1);
    }

    @Test
    @DisplayName("Issue 12 §2: e-mail at once is mailed at once; in the application only is never mailed")
    void deliveryFollowsTheUsersChoice() throws Exception {
        String run = Unique.code("NOW");
        runAs.user(DemoUsers.ADMIN);
        notifications.notifyAll(List.of(runNotice(run, "SLA-A-" + run, 1)));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> mailsAbout("SLA-A-" + run), mails -> mails.size() == 1);

        String quiet = Unique.code("APP");
        runAs.user(DemoUsers.SUPMAN);
        notifications.choose(NotificationKind.REVIEW_MISSES, Delivery.IN_APP);
        runAs.user(DemoUsers.ADMIN);
        notifications.notifyAll(List.of(runNotice(quiet, "SLA-A-" + quiet, 1)));
        assertThat(mineOf(quiet)).hasSize(1);
        Thread.sleep(3_000);
        assertThat(mailsAbout("SLA-A-" + quiet)).isEmpty();
        assertThat(digests.sendDue())
                .as("no digest for a notice kept in the application")
                .isZero();
    }

    @Test
    @DisplayName("Issue 12 §2: an e-mail the mail server cannot take is kept and counted on the administrator's "
            + "start page")
    void failedMailIsKeptForTheAdministrator() throws Exception {
        String subject = Unique.code("FAIL");
        mailer.send(new MailRequested("<unterminated", Locale.ENGLISH, subject, "body", "/index.xhtml"));

        runAs.user(DemoUsers.ADMIN);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> mailErrors.list(new PageRequest(0, 20, null, true, Map.of())).items().stream()
                        .anyMatch(e -> subject.equals(e.getSubject())));
        assertThat(mailErrors.recent()).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("work.mail.failed");
            assertThat(item.count()).isPositive();
            assertThat(item.link()).isEqualTo("/notifications/mail-errors.xhtml");
        });
    }
}
