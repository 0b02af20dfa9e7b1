package org.sepakat.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12 §3: durations as h:mm or days, never seconds, in both languages. */
class DurationsTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    @DisplayName("Up to two days a duration is hours and minutes: 5,400 seconds are 1:30 h (1:30 jam)")
    void hoursAndMinutes() {
        assertThat(Durations.of(Locale.ENGLISH, 5400)).isEqualTo("1:30 h");
        assertThat(Durations.of(ID, 5400)).isEqualTo("1:30 jam");
        assertThat(Durations.of(Locale.ENGLISH, 90_000)).isEqualTo("25:00 h");
        assertThat(Durations.of(Locale.ENGLISH, 0)).isEqualTo("0:00 h");
    }

    @Test
    @DisplayName("Half a minute rounds up, less rounds down")
    void roundsToTheMinute() {
        assertThat(Durations.of(Locale.ENGLISH, 89)).isEqualTo("0:01 h");
        assertThat(Durations.of(Locale.ENGLISH, 90)).isEqualTo("0:02 h");
        assertThat(Durations.of(Locale.ENGLISH, new BigDecimal("29.4"))).isEqualTo("0:00 h");
    }

    @Test
    @DisplayName("Beyond two days: days with their plural, then h:mm (a month's service time of 1,749,600 s)")
    void daysBeyondTwo() {
        assertThat(Durations.of(Locale.ENGLISH, 1_749_600)).isEqualTo("20 days 6:00 h");
        assertThat(Durations.of(ID, 1_749_600)).isEqualTo("20 hari 6:00 jam");
        assertThat(Durations.of(Locale.ENGLISH, 2 * 86_400)).isEqualTo("2 days");
        assertThat(Durations.of(ID, 3 * 86_400)).isEqualTo("3 hari");
    }
}
