package org.sepakat.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** a notification is worded in its reader's language; both languages have every text. */
class NotificationTextTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                NotificationText.class.getResourceAsStream("NotificationMessages" + suffix + ".properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    @DisplayName("X-5: English and Bahasa Indonesia hold the same notification keys")
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("_id").keySet()).isEqualTo(bundle("").keySet());
    }

    @Test
    @DisplayName("SLM-8: a missed target reads in the recipient's language, with the SLA, the month and the target")
    void missedTargetInBothLanguages() {
        Notification missed = new Notification(
                "slaman",
                "notification.targetMissed",
                List.of("SLA-FIN-2026", "2026-10", "ERP availability"),
                "/reports/view.xhtml?id=5",
                Instant.EPOCH);
        assertThat(NotificationText.text(Locale.ENGLISH, missed))
                .isEqualTo("SLA-FIN-2026 2026-10: target missed: ERP availability");
        assertThat(NotificationText.text(NotificationText.locale("id"), missed))
                .isEqualTo("SLA-FIN-2026 2026-10: target tidak tercapai: ERP availability");
        assertThat(NotificationText.locale(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @DisplayName("Arguments keep commas and quotes as typed")
    void argumentsRoundTrip() {
        Notification notification = new Notification("slaman", "k", List.of("a, b", "it's", ""), null, Instant.EPOCH);
        assertThat(notification.getArguments()).containsExactly("a, b", "it's", "");
    }
}
