package org.sepakat.servicelevel.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.InvalidInput;

class ServiceCalendarTest {

    /** Jakarta is UTC+7 all year: 08:00–17:00 WIB is 01:00–10:00 UTC. */
    private static ServiceCalendar jakartaOfficeHours() {
        ServiceCalendar calendar = new ServiceCalendar("JKT", "Jakarta office hours", "Asia/Jakarta");
        calendar.replaceHours(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                        .stream()
                        .map(d -> new WeeklyHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)))
                        .toList());
        // Monday 2 March 2026 is a holiday in this calendar
        calendar.replaceHolidays(List.of(new Holiday(LocalDate.of(2026, 3, 2), "Company holiday")));
        return calendar;
    }

    @Test
    @DisplayName("SLM-3: business hours across a weekend and a holiday in a non-UTC time zone")
    void businessHoursSkipWeekendAndHoliday() {
        ServiceCalendar calendar = jakartaOfficeHours();
        // Friday 27 Feb 2026 15:00 WIB (08:00 UTC) to Tuesday 3 Mar 2026 10:00 WIB (03:00 UTC):
        // Friday 2 h, Saturday and Sunday none, Monday holiday, Tuesday 08:00-10:00 2 h
        Instant from = Instant.parse("2026-02-27T08:00:00Z");
        Instant to = Instant.parse("2026-03-03T03:00:00Z");
        assertThat(calendar.businessTimeBetween(from, to)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void timeOutsideServiceHoursCountsNothing() {
        ServiceCalendar calendar = jakartaOfficeHours();
        // Saturday 28 Feb 2026, all day
        assertThat(calendar.businessTimeBetween(
                        Instant.parse("2026-02-27T17:00:00Z"), Instant.parse("2026-03-01T17:00:00Z")))
                .isEqualTo(Duration.ZERO);
        assertThat(calendar.isServiceTime(Instant.parse("2026-02-27T02:00:00Z")))
                .as("Friday 09:00 WIB")
                .isTrue();
        assertThat(calendar.isServiceTime(Instant.parse("2026-02-27T11:00:00Z")))
                .as("Friday 18:00 WIB")
                .isFalse();
    }

    @Test
    void hoursMustCloseAfterTheyOpenAndNotOverlap() {
        assertThatThrownBy(() -> new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .isInstanceOf(InvalidInput.class);
        ServiceCalendar calendar = jakartaOfficeHours();
        assertThatThrownBy(() -> calendar.replaceHours(List.of(
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(15, 0)))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ServiceCalendar("X", "x", "Mars/Olympus")).isInstanceOf(InvalidInput.class);
    }

    @Test
    @DisplayName("Every day whose hours overlap is named at once, not the first only (issue 12 §4)")
    void everyOverlappingDayIsNamed() {
        ServiceCalendar calendar = jakartaOfficeHours();
        assertThatThrownBy(() -> calendar.replaceHours(List.of(
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(15, 0)),
                        new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.arguments().get(0))
                                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(calendar.getHours()).as("nothing replaced").hasSize(5);
    }

    @Test
    @DisplayName(
            "A day can run to 24:00 (closing 00:00): Monday 2 March 2026 00:00–24:00 WIB is 24 h; hours after a day closing"
                    + " at 24:00 overlap it")
    void aDayRunsTo24() {
        ServiceCalendar calendar = new ServiceCalendar("ALL", "All day", "Asia/Jakarta");
        calendar.replaceHours(List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));

        assertThat(calendar.businessTimeBetween(
                        Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")))
                .isEqualTo(Duration.ofHours(24));
        assertThat(calendar.getHours().get(0).getClosingText()).isEqualTo("24:00");
        assertThatThrownBy(() -> calendar.replaceHours(List.of(
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT),
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(23, 0)))))
                .isInstanceOf(InvalidInput.class);
    }
}
