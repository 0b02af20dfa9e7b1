package org.sepakat.schedule.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.Period;

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
        assertThat(FIRST_AT_TWO.nextRunAfter(jakarta(2026, 11, 1, 2, 0)))
                .as("strictly after")
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
    @DisplayName(
            "A run after a stopped server catches up every month missed since the last review, at most the latest 12")
    void catchUpAfterMissedRuns() {
        Instant run = jakarta(2027, 2, 3, 9, 0);
        assertThat(FIRST_AT_TWO.periodsDue(null, run, 12)).containsExactly(Period.of(2027, 1));
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2026, 12), run, 12)).containsExactly(Period.of(2027, 1));
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2026, 10), run, 12))
                .containsExactly(Period.of(2026, 11), Period.of(2026, 12), Period.of(2027, 1));
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2027, 1), run, 12))
                .as("already reviewed")
                .isEmpty();
        assertThat(FIRST_AT_TWO.periodsDue(Period.of(2020, 1), run, 12))
                .hasSize(12)
                .startsWith(Period.of(2026, 2))
                .endsWith(Period.of(2027, 1));
    }

    @Test
    @DisplayName(
            "Days after the 28th do not exist in every month and are refused, as are more than 3 days before the last")
    void dayLimits() {
        assertThatThrownBy(() -> new ScheduleRule(29, 2, 0, JAKARTA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("day of month must be 1..28, 0 (the last day) or -1..-3 (days before the last day): 29");
        assertThatThrownBy(() -> new ScheduleRule(-4, 2, 0, JAKARTA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("day of month must be 1..28, 0 (the last day) or -1..-3 (days before the last day): -4");
        assertThatThrownBy(() -> new ScheduleRule(1, 24, 0, JAKARTA)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ScheduleRule(0, 2, 0, JAKARTA).dayOfMonth()).isZero();
        assertThat(new ScheduleRule(-3, 2, 0, JAKARTA).dayOfMonth()).isEqualTo(-3);
    }

    @Test
    @DisplayName(
            "The last day and 1-3 days before it fall on the right date in every month length: 28, 29, 30 and 31 days")
    void daysFromTheMonthsEnd() {
        ScheduleRule last = new ScheduleRule(ScheduleRule.LAST_DAY, 2, 0, JAKARTA);
        ScheduleRule dayBefore = new ScheduleRule(-1, 2, 0, JAKARTA);
        ScheduleRule threeBefore = new ScheduleRule(-3, 2, 0, JAKARTA);
        assertThat(
                        List.of(
                                        YearMonth.of(2027, 2),
                                        YearMonth.of(2028, 2),
                                        YearMonth.of(2027, 4),
                                        YearMonth.of(2027, 1))
                                .stream()
                                .map(m -> List.of(last.dayIn(m), dayBefore.dayIn(m), threeBefore.dayIn(m)))
                                .toList())
                .containsExactly(
                        List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 27), LocalDate.of(2027, 2, 25)),
                        List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 26)),
                        List.of(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 29), LocalDate.of(2027, 4, 27)),
                        List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 30), LocalDate.of(2027, 1, 28)));
        assertThat(new ScheduleRule(15, 2, 0, JAKARTA).dayIn(YearMonth.of(2028, 2)))
                .isEqualTo(LocalDate.of(2028, 2, 15));
    }

    @Test
    @DisplayName(
            "A month-end schedule's next run is this month's last day (or k days before it) while ahead, else next month's")
    void nextRunFromTheMonthsEnd() {
        ScheduleRule last = new ScheduleRule(0, 23, 30, JAKARTA);
        assertThat(last.nextRunAfter(jakarta(2027, 1, 15, 0, 0))).isEqualTo(jakarta(2027, 1, 31, 23, 30));
        assertThat(last.nextRunAfter(jakarta(2027, 1, 31, 23, 30)))
                .as("strictly after: February has 28 days in 2027")
                .isEqualTo(jakarta(2027, 2, 28, 23, 30));
        assertThat(last.nextRunAfter(jakarta(2027, 2, 28, 23, 30))).isEqualTo(jakarta(2027, 3, 31, 23, 30));
        assertThat(last.nextRunAfter(jakarta(2027, 4, 1, 0, 0))).isEqualTo(jakarta(2027, 4, 30, 23, 30));
        assertThat(last.nextRunAfter(jakarta(2028, 2, 28, 23, 31)))
                .as("2028 is a leap year")
                .isEqualTo(jakarta(2028, 2, 29, 23, 30));
        ScheduleRule threeBefore = new ScheduleRule(-3, 6, 0, JAKARTA);
        assertThat(threeBefore.nextRunAfter(jakarta(2027, 1, 28, 6, 0)))
                .as("28 Jan has passed: 25 Feb is 3 days before 28 Feb")
                .isEqualTo(jakarta(2027, 2, 25, 6, 0));
        assertThat(threeBefore.nextRunAfter(jakarta(2027, 2, 25, 6, 0))).isEqualTo(jakarta(2027, 3, 28, 6, 0));
        assertThat(new ScheduleRule(-2, 6, 0, JAKARTA).nextRunAfter(jakarta(2026, 12, 4, 0, 0)))
                .isEqualTo(jakarta(2026, 12, 29, 6, 0));
    }

    @Test
    @DisplayName(
            "A month-end run reviews the month before its own, in the schedule's zone, whatever the month's length")
    void monthEndRunReviewsTheMonthBefore() {
        ScheduleRule last = new ScheduleRule(0, 23, 30, JAKARTA);
        assertThat(last.periodReviewedAt(jakarta(2027, 2, 28, 23, 30))).isEqualTo(Period.of(2027, 1));
        assertThat(last.periodReviewedAt(jakarta(2028, 2, 29, 23, 30))).isEqualTo(Period.of(2028, 1));
        assertThat(last.periodReviewedAt(jakarta(2027, 4, 30, 23, 30))).isEqualTo(Period.of(2027, 3));
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        Instant lastOfJanuaryLate =
                ZonedDateTime.of(2027, 1, 31, 23, 30, 0, 0, losAngeles).toInstant();
        assertThat(lastOfJanuaryLate.atZone(ZoneId.of("UTC")).getMonthValue())
                .as("already February in UTC")
                .isEqualTo(2);
        assertThat(new ScheduleRule(0, 23, 30, losAngeles).periodReviewedAt(lastOfJanuaryLate))
                .isEqualTo(Period.of(2026, 12));
        assertThat(last.periodsDue(Period.of(2026, 12), jakarta(2027, 3, 31, 23, 30), 12))
                .as("the February run was missed")
                .containsExactly(Period.of(2027, 1), Period.of(2027, 2));
    }

    @Test
    @DisplayName(
            "The timer's expression counts from the month's end as Last and -1..-3; the history names the day in no language")
    void monthEndExpressionAndHistoryText() {
        assertThat(new ScheduleRule(0, 6, 30, JAKARTA).expression().getDayOfMonth())
                .isEqualTo("Last");
        assertThat(new ScheduleRule(-1, 6, 30, JAKARTA).expression().getDayOfMonth())
                .isEqualTo("-1");
        assertThat(new ScheduleRule(-3, 6, 30, JAKARTA).expression().getDayOfMonth())
                .isEqualTo("-3");
        assertThat(List.of(15, 0, -2).stream().map(d -> new ScheduleRule(d, 6, 30, JAKARTA).dayText()))
                .containsExactly("15", "last", "last-2");
    }

    @Test
    @DisplayName("Every day of every month length has a rule that runs on it: 29-31 count back from the month's end")
    void everyDayHasARuleThatRunsOnIt() {
        assertThat(List.of(
                                LocalDate.of(2027, 1, 28),
                                LocalDate.of(2027, 1, 29),
                                LocalDate.of(2027, 1, 30),
                                LocalDate.of(2027, 1, 31),
                                LocalDate.of(2027, 4, 29),
                                LocalDate.of(2027, 4, 30),
                                LocalDate.of(2027, 2, 28),
                                LocalDate.of(2028, 2, 28),
                                LocalDate.of(2028, 2, 29))
                        .stream()
                        .map(d -> ScheduleRule.on(d, 2, 0, JAKARTA).dayOfMonth())
                        .toList())
                .containsExactly(28, -2, -1, 0, -1, 0, 28, 28, 0);
        for (YearMonth month :
                List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2028, 2), YearMonth.of(2027, 4))) {
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                LocalDate date = month.atDay(day);
                ScheduleRule rule = ScheduleRule.on(date, 23, 59, JAKARTA);
                Instant run = rule.nextRunAfter(date.atStartOfDay(JAKARTA).toInstant());
                assertThat(run)
                        .as(date.toString())
                        .isEqualTo(jakarta(month.getYear(), month.getMonthValue(), day, 23, 59));
                assertThat(rule.periodReviewedAt(run))
                        .as(date.toString())
                        .isEqualTo(Period.of(month).previous());
            }
        }
    }
}
