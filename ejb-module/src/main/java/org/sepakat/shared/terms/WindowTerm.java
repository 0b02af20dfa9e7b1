package org.sepakat.shared.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * SLM-5: planned maintenance left out of the measured time: once on a date, weekly on a day or
 * monthly on a day of the month, from a time of day for a number of minutes, in the agreement's zone.
 */
public record WindowTerm(
        String name,
        Recurrence recurrence,
        LocalDate onDate,
        DayOfWeek onDayOfWeek,
        Integer onDayOfMonth,
        LocalTime startsAt,
        int durationMinutes) {

    public WindowTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** Does a window of this kind start on the given day? */
    public boolean startsOn(LocalDate day) {
        return switch (recurrence) {
            case ONCE -> day.equals(onDate);
            case WEEKLY -> day.getDayOfWeek() == onDayOfWeek;
            case MONTHLY -> onDayOfMonth != null && day.getDayOfMonth() == onDayOfMonth;
        };
    }

    /** One line for documents and versions; also what makes two timelines with windows the same. */
    public String describe() {
        String when = switch (recurrence) {
            case ONCE -> "on " + onDate;
            case WEEKLY -> "every " + onDayOfWeek;
            case MONTHLY -> "monthly on day " + onDayOfMonth;
        };
        return when + " from " + startsAt + " for " + durationMinutes + " min";
    }
}
