package org.sepakat.schedule.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.sepakat.shared.entity.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SLM-6: when a monthly review runs and which month it reviews. */
class ScheduleRuleTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ScheduleRule FIRST_AT_TWO = new ScheduleRule(1, 2, 0, JAKARTA);

    private static Instant jakarta(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, JAKARTA).toInstant();
    }

    @Test
    @DisplayName("A run reviews the month before, as the schedule's zone sees it, not UTC")
    void reviewsTheMonthBeforeInTheSchedulesZone() {
        // 1 Nov 02:00 in Jakarta is still 31 Oct in UTC
        Instant run = jakarta(2026, 11, 1, 2, 0);
        assertThat(run.atZone(ZoneId.of("UTC")).getMonthValue()).isEqualTo(10);
        assertThat(FIRST_AT_TWO.periodReviewedAt(run)).isEqualTo(Period.of(2026, 10));
        assertThat(FIRST_AT_TWO.periodReviewedAt(jakarta(2027, 1, 1, 2, 0))).isEqualTo(Period.of(2026, 12));
    }

    @Test
    @DisplayName("The next run is this month's run day when it is still ahead, else next month's")
    void nextRun() {
        assertThat(FIRST_AT_TWO.nextRunAfter(jakarta(2026, 10, 31, 23, 0))).isEqualTo(jakarta(2026, 11, 1, 2, 0));
        assertThat(FIRST_AT_TWO.nextRunAfter(jakarta(2026, 11, 1, 2, 0))).as("strictly after")
                .isEqualTo(jakarta(2026, 12, 1, 2, 0));
        assertThat(new ScheduleRule(28, 23, 59, JAKARTA).nextRunAfter(jakarta(2027, 2, 10, 0, 0)))
                .isEqualTo(jakarta(2027, 2, 28, 23, 59));
    }

    @Test
    @DisplayName("The timer's calendar expression is the day, time and zone of the schedule, at second 0")
    void calendarExpression() {
        var expression = new ScheduleRule(15, 6, 30, JAKARTA).expression();
        assertThat(expression.getDayOfMonth()).isEqualTo("15");
        assertThat(expression.getHour()).isEqualTo("6");
        assertThat(expression.getMinute()).isEqualTo("30");
        assertThat(expression.getSecond()).isEqualTo("0");
        assertThat(expression.getMonth()).isEqualTo("*");
        assertThat(expression.getTimezone()).isEqualTo("Asia/Jakarta");
    }

    @Test
    @DisplayName("A run after a stopped server catches up every month missed since the last review, at most the latest 12")
    void catchUpAfterMissedRuns() {
        Instant run = jakarta(2027, 2, 3, 9, 0);
        assertThat(FIRST_AT_TWO.periodsDue(null, run, 12)).containsExactly(Period.of(2027, 1));
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2026, 12), run, 12)).containsExactly(Period.of(2027, 1));
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2026, 10), run, 12))
                .containsExactly(Period.of(2026, 11), Period.of(2026, 12), Period.of(2027, 1));
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2027, 1), run, 12)).as("already reviewed").isEmpty();
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2020, 1), run, 12)).hasSize(12)
                .startsWith(Period.of(2026, 2)).endsWith(Period.of(2027, 1));
    }

    @Test
    @DisplayName("Days after the 28th do not exist in every month and are refused")
    void dayLimits() {
        assertThatThrownBy(() -> new ScheduleRule(29, 2, 0, JAKARTA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScheduleRule(0, 2, 0, JAKARTA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScheduleRule(1, 24, 0, JAKARTA)).isInstanceOf(IllegalArgumentException.class);
    }
}
