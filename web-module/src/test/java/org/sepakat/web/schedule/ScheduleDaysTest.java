package org.sepakat.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SLM-6, X-5: a schedule's day is shown in words in both languages, never as 0 or -2. */
class ScheduleDaysTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    @DisplayName("X-5: days 1-28, the last day and 1-3 days before it are worded in English and Bahasa Indonesia")
    void daysInWords() {
        assertThat(List.of(9, 0, -1, -2, -3).stream().map(d -> ScheduleDays.label(Locale.ENGLISH, d)))
                .containsExactly(
                        "Day 9",
                        "Last day",
                        "1 day before the last day",
                        "2 days before the last day",
                        "3 days before the last day");
        assertThat(List.of(9, 0, -1, -3).stream().map(d -> ScheduleDays.label(INDONESIAN, d)))
                .containsExactly(
                        "Tanggal 9", "Hari terakhir", "1 hari sebelum hari terakhir", "3 hari sebelum hari terakhir");
    }

    @Test
    @DisplayName("SLM-6: the edit page offers days 1-28, then the last day and 1, 2, 3 days before it")
    void choicesInOrder() {
        assertThat(ScheduleDays.CHOICES)
                .hasSize(32)
                .startsWith(1, 2, 3)
                .containsSubsequence(27, 28, 0, -1, -2, -3)
                .endsWith(-3)
                .doesNotContain(29, -4);
    }
}
