package org.sepakat.shared.terms;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** Service hours on one day of the week, e.g. Monday 08:00–17:00. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    /** {@code MONDAY 08:00-17:00}: how calendars show and timelines are told apart. */
    public String describe() {
        return day + " " + opens + "-" + closes;
    }
}
