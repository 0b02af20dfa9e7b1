package org.sepakat.it.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.servicelevel.boundary.AgreementReminders;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.PageRequest;

/** Issue 12 §2, SLM-9: an SLA in force due for review is told to its signatory once, however often the timer runs. */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class AgreementRemindersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(AgreementRemindersIT.class, ReviewedSla.class);
    }

    @Inject
    ReviewedSla reviewed;

    @Inject
    AgreementReminders reminders;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    Notifications notifications;

    @Inject
    RunAs runAs;

    @Test
    @DisplayName("Issue 12 §2, SLM-9: a monthly SLA just activated is due for review within the window: its signatory"
            + " is told once, linked to the SLA, though the daily run asks twice")
    void reviewDueIsToldOnce() throws Exception {
        ReviewedSla.Setup setup = reviewed.roundTheClockSla();
        runAs.user(DemoUsers.ADMIN);
        LocalDate review = slas.find(setup.agreementId()).getNextReviewOn();
        assertThat(review).isBeforeOrEqualTo(LocalDate.now().plusDays(31));

        assertThat(reminders.remind()).as("ours at least").isPositive();
        runAs.user(DemoUsers.ADMIN);
        reminders.remind();

        runAs.user(DemoUsers.SLAMAN);
        String link = "/slas/edit.xhtml?id=" + setup.agreementId();
        List<Notification> told = notifications.mine(new PageRequest(0, 200, null, true, Map.of())).items().stream()
                .filter(n -> link.equals(n.getLink()))
                .toList();
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.SLA_DUE);
            assertThat(NotificationText.text(Locale.ENGLISH, n))
                    .isEqualTo("SLA " + setup.reference() + " \"Helpdesk SLA\" is due for review on " + review);
        });
    }
}
