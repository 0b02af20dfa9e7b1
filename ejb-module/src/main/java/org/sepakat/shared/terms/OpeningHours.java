package org.sepakat.shared.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Service hours on one day of the week, e.g. Monday 08:00–17:00. A closing time of 00:00 is the end
 * of the day (24:00): a day cannot close before it opens, so no calendar stored before 24:00 was
 * allowed ever meant anything else by it.
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    /** Whether the hours run to the end of the day (closing time 24:00, kept as 00:00). */
    public boolean closesAtEndOfDay() {
        return closesAtEndOfDay(closes);
    }

    /** Whether a closing time means the end of the day (24:00). */
    public static boolean closesAtEndOfDay(LocalTime closes) {
        return LocalTime.MIDNIGHT.equals(closes);
    }

    /** The local moment the hours open on {@code date}. */
    public LocalDateTime opensOn(LocalDate date) {
        return date.atTime(opens);
    }

    /** The local moment the hours close on {@code date}: the next day's start when they run to 24:00. */
    public LocalDateTime closesOn(LocalDate date) {
        return closesAtEndOfDay() ? date.plusDays(1).atStartOfDay() : date.atTime(closes);
    }

    /** A closing time as people write it: 24:00 for the end of the day, else HH:mm. */
    public static String closingText(LocalTime closes) {
        return closesAtEndOfDay(closes) ? "24:00" : closes.toString();
    }

    /** {@code MONDAY 08:00-17:00}: how calendars show and timelines are told apart. */
    public String describe() {
        return day + " " + opens + "-" + closingText(closes);
    }
}
