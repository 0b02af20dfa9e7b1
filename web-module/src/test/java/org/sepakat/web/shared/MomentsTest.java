package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    @DisplayName("Issue 12 §3: the zone picker offers every zone the server knows, each once, Indonesia's first")
    void everyKnownZoneIsOfferedOnceWithJakartaFirst() {
        List<String> ids = Moments.choices(ZoneId.of("Europe/Lisbon")).stream()
                .map(Moments.Zone::id)
                .toList();

        assertThat(ids).containsAll(ZoneId.getAvailableZoneIds()).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo("Asia/Jakarta");
    }

    @Test
    @DisplayName("Issue 12 §3: each zone is labelled with its name and its offset now, a half hour and UTC included")
    void eachZoneIsLabelledWithItsOffset() {
        Instant january = Instant.parse("2026-01-15T00:00:00Z");

        assertThat(Moments.offsetLabel(ZoneId.of("Asia/Jakarta"), january)).isEqualTo("Asia/Jakarta (UTC+07:00)");
        assertThat(Moments.offsetLabel(ZoneId.of("Asia/Kolkata"), january)).isEqualTo("Asia/Kolkata (UTC+05:30)");
        assertThat(Moments.offsetLabel(ZoneId.of("UTC"), january)).isEqualTo("UTC (UTC+00:00)");
        assertThat(Moments.offsetLabel(ZoneId.of("America/New_York"), january))
                .isEqualTo("America/New_York (UTC-05:00)");
        assertThat(Moments.offsetLabel(ZoneId.of("America/New_York"), Instant.parse("2026-07-15T00:00:00Z")))
                .isEqualTo("America/New_York (UTC-04:00)");
    }
}
