package org.sepakat.servicelevel.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.servicelevel.control.AgreementNotices.DueAgreement;

class AgreementNoticesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static DueAgreement sla(LocalDate review, LocalDate validTo) {
        return new DueAgreement(7, "SLA-FIN-2026", "Finance e-mail", "slaman", review, validTo);
    }

    @Test
    @DisplayName("Issue 12 §2, SLM-9: an SLA whose review date falls within the window is told to its signatory once"
            + " per review date, linked to the SLA")
    void reviewDueIsToldOncePerDate() {
        assertThat(AgreementNotices.due(sla(TODAY.plusDays(31), null), TODAY, 31, 60))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo("slaman");
                    assertThat(notice.kind()).isEqualTo(NotificationKind.SLA_DUE);
                    assertThat(notice.messageKey()).isEqualTo(AgreementNotices.REVIEW_DUE);
                    assertThat(notice.arguments()).containsExactly("SLA-FIN-2026", "Finance e-mail", "2027-01-05");
                    assertThat(notice.link()).isEqualTo("/slas/edit.xhtml?id=7");
                    assertThat(notice.onceKey()).isEqualTo("sla-review:7:2027-01-05");
                });
        assertThat(AgreementNotices.due(sla(TODAY.minusDays(3), null), TODAY, 31, 60))
                .as("a review date already past is still due")
                .hasSize(1);
        assertThat(AgreementNotices.due(sla(TODAY.plusDays(32), null), TODAY, 31, 60))
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 12 §2: an SLA ending within the window is told once per end date; one already ended is not")
    void endingIsToldWithinTheWindowOnly() {
        assertThat(AgreementNotices.due(sla(null, TODAY.plusDays(60)), TODAY, 31, 60))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.messageKey()).isEqualTo(AgreementNotices.ENDING);
                    assertThat(notice.onceKey()).isEqualTo("sla-ending:7:2027-02-03");
                });
        assertThat(AgreementNotices.due(sla(null, TODAY.minusDays(1)), TODAY, 31, 60))
                .isEmpty();
        assertThat(AgreementNotices.due(sla(null, TODAY.plusDays(61)), TODAY, 31, 60))
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 12 §2: an SLA nobody signed or wrote tells nobody")
    void noRecipientNoNotice() {
        assertThat(AgreementNotices.due(
                        new DueAgreement(7, "SLA-X", "X", null, TODAY, TODAY.plusDays(1)), TODAY, 31, 60))
                .isEmpty();
    }
}
