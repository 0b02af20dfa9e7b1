package org.sepakat.shared.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A service-hours calendar a target names: weekly hours and holidays (days without service hours) in its zone. */
public record CalendarTerm(String code, String timeZone, List<OpeningHours> hours, List<LocalDate> holidays) {

    public CalendarTerm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timeZone, "timeZone");
        hours = List.copyOf(hours);
        holidays = List.copyOf(holidays);
    }
}
