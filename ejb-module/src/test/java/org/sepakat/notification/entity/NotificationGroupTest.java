package org.sepakat.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationGroupTest {

    private static final Instant AT = Instant.parse("2026-11-01T02:00:00Z");

    private static Notice run(String link, String... slas) {
        return Notice.grouped(
                "slaman",
                NotificationKind.REVIEW_MISSES,
                "notification.reviewMisses",
                List.of("2026-10"),
                link,
                "review:2026-10:SCHEDULE",
                "/reports/list.xhtml?from=2026-10&to=2026-10",
                List.of(slas));
    }

    @Test
    @DisplayName("Issue 12 §2: a review run's later chunk joins the unread notice, which lists every SLA once and "
            + "links to the month's reports")
    void laterChunksJoinTheNotice() {
        Notification notice =
                new Notification(run("/reports/view.xhtml?id=1", "SLA-A (P1 resolution)"), Delivery.EMAIL, AT);
        assertThat(NotificationText.text(Locale.ENGLISH, notice))
                .isEqualTo(
                        "Review of 2026-10, SLAs that missed a target or exceeded a limit (1): SLA-A (P1 resolution)");
        assertThat(notice.getLink()).isEqualTo("/reports/view.xhtml?id=1");

        notice.regroup(
                run("/reports/view.xhtml?id=2", "SLA-B (ERP availability)", "SLA-A (P1 resolution)"),
                AT.plusSeconds(5));

        assertThat(NotificationText.text(Locale.ENGLISH, notice))
                .isEqualTo("Review of 2026-10, SLAs that missed a target or exceeded a limit (2): "
                        + "SLA-A (P1 resolution); SLA-B (ERP availability)");
        assertThat(notice.getLink()).isEqualTo("/reports/list.xhtml?from=2026-10&to=2026-10");
        assertThat(notice.getDelivery()).isEqualTo(Delivery.EMAIL);
    }

    @Test
    @DisplayName("Issue 12 §2: 96 SLAs in one notice: the count stays exact when the list no longer fits its column")
    void aLongListKeepsItsCount() {
        String[] slas = IntStream.rangeClosed(1, 96)
                .mapToObj(i -> "SLA-CUSTOMER-" + i + " (Response P1, Resolution P2)")
                .toArray(String[]::new);
        Notification notice = new Notification(run("/reports/view.xhtml?id=1", slas), Delivery.IN_APP, AT);

        assertThat(notice.getArguments().get(1)).isEqualTo("96");
        assertThat(notice.getGroupItemsColumn().length()).isLessThanOrEqualTo(Notification.ARGUMENTS_MAX);
        assertThat(notice.getItems())
                .startsWith("SLA-CUSTOMER-1 (Response P1, Resolution P2)")
                .endsWith("…");
    }

    @Test
    @DisplayName("A read notification is never regrouped: the next run's notice starts a new one")
    void aReadNoticeIsNotJoined() {
        Notification notice = new Notification(run("/reports/view.xhtml?id=1", "SLA-A (x)"), Delivery.IN_APP, AT);
        notice.markRead(AT);
        assertThatThrownBy(() -> notice.regroup(run("/r", "SLA-B (y)"), AT)).isInstanceOf(IllegalStateException.class);
    }
}
