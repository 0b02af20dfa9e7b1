package org.sepakat.measurement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimelineRetentionTest {

    @Test
    @DisplayName("Unset, timelines unused for more than 90 days are purged: on 31 May the cut-off is 2 March")
    void ninetyDaysByDefault() {
        assertThat(TimelineRetention.of(null).cutoff(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(TimelineRetention.of(" ").days()).isEqualTo(90);
    }

    @Test
    @DisplayName("The setting arrives as a number or as text; one day keeps only what was used yesterday or today")
    void configuredDays() {
        assertThat(TimelineRetention.of(30).cutoff(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(TimelineRetention.of(" 1 ").cutoff(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("Zero, negative or non-numeric days are refused naming the setting")
    void badSettingIsRefused() {
        assertThatThrownBy(() -> TimelineRetention.of(0)).hasMessageContaining("sepakat.timeline.retention.days");
        assertThatThrownBy(() -> TimelineRetention.of("-5")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> TimelineRetention.of("ninety"))
                .hasMessageContaining("sepakat.timeline.retention.days")
                .hasMessageContaining("ninety");
    }
}
