package org.sepakat.it.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
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
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierAgreementReminders;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.AgreementStatus;
import org.sepakat.supplier.entity.NoticeDeadline;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * Issue 13 §2, SUP-10: the daily run tells a contract's manager of a notice deadline once, in the application and by
 * e-mail, however often it runs, and moves a contract whose term ran out to EXPIRED. Derby and PostgreSQL, GreenMail.
 */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class SupplierAgreementRemindersIT {

    private static final String SUPMAN_MAIL = "supman@sepakat.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(SupplierAgreementRemindersIT.class, Contracts.class, Mailbox.class);
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
    Contracts contracts;

    @Inject
    SupplierAgreements agreements;

    @Inject
    SupplierAgreementReminders reminders;

    @Inject
    Notifications notifications;

    @Inject
    History history;

    @Inject
    RunAs runAs;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of(Contracts.ZONE));
    }

    private List<Notification> toldAbout(Long agreementId) throws Exception {
        runAs.user(DemoUsers.SUPMAN);
        String link = "/supplier-agreements/view.xhtml?id=" + agreementId;
        return notifications.mine(new PageRequest(0, 200, null, true, Map.of())).items().stream()
                .filter(n -> link.equals(n.getLink()))
                .toList();
    }

    private static List<Mailbox.Mail> mailsAbout(String reference) throws Exception {
        return Mailbox.of(SUPMAN_MAIL).stream()
                .filter(m -> m.body().contains(reference))
                .toList();
    }

    @Test
    @DisplayName("SUP-10: a yearly tacit contract whose notice deadline is a month away (within its 90 days) is told to"
            + " its contract manager once, in the application and by e-mail, though the daily run asks twice")
    void noticeDeadlineIsToldOnce() throws Exception {
        runAs.user(DemoUsers.SUPMAN);
        SupplierAgreement draft = contracts.draft(
                today().plusDays(31).plusMonths(1).minusYears(1), "P1Y", RenewalKind.TACIT, "P1Y", "P1M", null, null);
        contracts.agreeAndActivate(draft.getId());
        SupplierAgreement contract = agreements.find(draft.getId());
        assertThat(contract.getStatus()).isEqualTo(AgreementStatus.ACTIVE);
        NoticeDeadline deadline =
                contract.getCommercialTerms().nextNoticeDeadline(today()).orElseThrow();
        assertThat(deadline.lastDay()).isBetween(today().plusDays(28), today().plusDays(32));

        runAs.user(DemoUsers.ADMIN);
        assertThat(reminders.remind().told()).as("ours at least").isPositive();
        runAs.user(DemoUsers.ADMIN);
        reminders.remind();

        assertThat(toldAbout(contract.getId())).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.CONTRACT_NOTICE_DUE);
            assertThat(NotificationText.text(Locale.ENGLISH, n))
                    .isEqualTo("Contract " + contract.getReference() + " \"Hosting contract\": give notice by "
                            + deadline.lastDay() + " to end it on " + deadline.endsContractOn()
                            + "; otherwise it renews itself");
            assertThat(NotificationText.text(Locale.forLanguageTag("id"), n))
                    .startsWith("Kontrak " + contract.getReference());
        });
        // the mailbox exists once its first mail arrived
        List<Mailbox.Mail> mails = await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .pollInSameThread()
                .until(() -> mailsAbout(contract.getReference()), m -> !m.isEmpty());
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.body()).contains("give notice by"));
    }

    @Test
    @DisplayName("SUP-10: a contract without renewal whose one-year term ended last year becomes EXPIRED at the daily"
            + " run, with its history line; nobody is told of it")
    void runOutContractExpires() throws Exception {
        runAs.user(DemoUsers.SUPMAN);
        SupplierAgreement draft =
                contracts.draft(today().minusYears(2), "P1Y", RenewalKind.NONE, null, null, null, null);
        contracts.agreeAndActivate(draft.getId());

        runAs.user(DemoUsers.ADMIN);
        assertThat(reminders.remind().expired()).as("ours at least").isPositive();

        runAs.user(DemoUsers.SUPMAN);
        assertThat(agreements.find(draft.getId()).getStatus()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(history.of("SupplierAgreement", draft.getId()).stream()
                        .map(h -> h.getFieldName() + "=" + h.getNewValue())
                        .toList())
                .contains("status=EXPIRED");
        assertThat(toldAbout(draft.getId())).isEmpty();

        runAs.user(DemoUsers.ADMIN);
        reminders.remind();
        runAs.user(DemoUsers.SUPMAN);
        assertThat(history.of("SupplierAgreement", draft.getId()).stream()
                        .filter(h -> "status".equals(h.getFieldName()))
                        .map(HistoryEntry::getNewValue))
                .as("expired once")
                .containsOnlyOnce("EXPIRED");
    }
}
