package org.sepakat.improvement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.notification.entity.NotificationKind;

class ImprovementNoticesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    private static ImprovementOpportunity opportunity(String owner) {
        ImprovementOpportunity opportunity = new ImprovementOpportunity(
                ImprovementSource.of(SourceKind.MISSED_TARGET, "SLA-FIN-2026 / 2026-10", "ServiceLevelAgreement", 1L),
                "Faster first response",
                "Response target missed twice",
                owner,
                DUE,
                ImprovementPriority.HIGH);
        opportunity.storedAs(42);
        return opportunity;
    }

    @Test
    @DisplayName("Issue 12 §2, X-3: a new owner is told once per opportunity and owner, linked to it")
    void newOwnerIsToldOnce() {
        assertThat(ImprovementNotices.assigned(opportunity("slaman"), "relman", "relman"))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo("slaman");
                    assertThat(notice.kind()).isEqualTo(NotificationKind.IMPROVEMENT_ASSIGNED);
                    assertThat(notice.link()).isEqualTo("/improvements/view.xhtml?id=42");
                    assertThat(notice.arguments()).containsExactly("IMP-000042", "Faster first response", "2026-11-30");
                    assertThat(notice.onceKey()).isEqualTo("improvement-assigned:42:slaman");
                });
    }

    @Test
    @DisplayName("Issue 12 §2: nobody is told when the owner stays, nor when owners give an opportunity to themselves")
    void noNoticeWithoutANewOwnerOrForOneself() {
        assertThat(ImprovementNotices.assigned(opportunity("slaman"), "slaman", "admin"))
                .isEmpty();
        assertThat(ImprovementNotices.assigned(opportunity("slaman"), null, "slaman"))
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 12 §2: an open opportunity past its due date is told to its owner once per due date;"
            + " one due today is not overdue")
    void overdueOncePerDueDate() {
        assertThat(ImprovementNotices.overdue(opportunity("slaman"), DUE)).isEmpty();
        assertThat(ImprovementNotices.overdue(opportunity("slaman"), DUE.plusDays(1)))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(NotificationKind.IMPROVEMENT_OVERDUE);
                    assertThat(notice.onceKey()).isEqualTo("improvement-overdue:42:2026-11-30");
                });
    }
}
