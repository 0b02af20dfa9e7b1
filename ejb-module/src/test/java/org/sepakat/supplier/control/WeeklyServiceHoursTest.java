package org.sepakat.supplier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.OpeningHours;

/** The worst-case elapsed time of N service hours on a weekly calendar, hand-worked. */
class WeeklyServiceHoursTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 5);

    private static WeeklyServiceHours weekdays(String opens, String closes) {
        return WeeklyServiceHours.of(
                new CalendarTerm(
                        "WEEKDAYS",
                        "Asia/Jakarta",
                        Stream.of(
                                        DayOfWeek.MONDAY,
                                        DayOfWeek.TUESDAY,
                                        DayOfWeek.WEDNESDAY,
                                        DayOfWeek.THURSDAY,
                                        DayOfWeek.FRIDAY)
                                .map(d -> new OpeningHours(d, LocalTime.parse(opens), LocalTime.parse(closes)))
                                .toList(),
                        List.of()),
                ON);
    }

    @ParameterizedTest(name = "{2} h on {0}-{1}: at worst {3} h")
    @CsvSource({
        // raised Friday 17:00: Monday 08:00-16:00; 7 + 48 + 16 = 71
        "08:00, 17:00, 8,  71",
        // raised Friday 17:00: Monday 09:00-17:00; 7 + 48 + 17 = 72
        "09:00, 17:00, 8,  72",
        // raised Friday 17:00: Monday 8 h, Tuesday 09:00-11:00; Friday 17:00 to Tuesday 11:00 = 90
        "09:00, 17:00, 10, 90",
        // 40 h is one whole week of service: raised Friday 17:00, done the next Friday 17:00
        "09:00, 17:00, 40, 168",
        // 24 h every weekday: raised Friday 24:00, Monday 00:00-24:00; 48 + 24 = 72
        "00:00, 00:00, 24, 72",
    })
    void worstCaseElapsed(String opens, String closes, long hours, long worst) {
        assertThat(weekdays(opens, closes).worstCaseElapsed(hours * 60)).hasValue(worst * 60);
    }

    @ParameterizedTest(name = "{0} h on 24x7 take {0} h")
    @CsvSource({"1", "8", "200"})
    void onTwentyFourSevenServiceTimeIsElapsedTime(long hours) {
        assertThat(WeeklyServiceHours.allWeek().worstCaseElapsed(hours * 60)).hasValue(hours * 60);
        assertThat(WeeklyServiceHours.allWeek().weeklyMinutes()).isEqualTo(WeeklyServiceHours.WEEK);
    }

    @ParameterizedTest(name = "Jakarta {0} {1} is {2} {3} UTC")
    @CsvSource({
        // Monday 09:00 WIB (UTC+7) is Monday 02:00 UTC, minute 120 of the UTC week
        "MONDAY, 09:00, MONDAY, 02:00",
        // Monday 03:00 WIB is Sunday 20:00 UTC: the shift wraps around the week's end
        "MONDAY, 03:00, SUNDAY, 20:00",
    })
    void localTimesAreLaidOnTheUtcWeek(DayOfWeek day, LocalTime local, DayOfWeek utcDay, LocalTime utc) {
        WeeklyServiceHours jakarta = weekdays("09:00", "17:00");
        long minute = jakarta.utcMinute((day.getValue() - 1L) * 24 * 60 + local.getHour() * 60L + local.getMinute());

        assertThat(DayOfWeek.MONDAY.plus(minute / (24 * 60))).isEqualTo(utcDay);
        assertThat(LocalTime.MIN.plusMinutes(minute % (24 * 60))).isEqualTo(utc);
        assertThat(jakarta.localDay(minute)).isEqualTo(day);
        assertThat(jakarta.localTime(minute)).isEqualTo(local);
    }
}
