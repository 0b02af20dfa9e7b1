package org.sepakat.web.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A run time as the schedule's own zone sees it (the zone it is planned in), named after it. */
final class ScheduleTime {

    private ScheduleTime() {}

    static String of(Instant at, String zone, Locale locale) {
        if (at == null) {
            return null;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZoneId.of(zone))
                        .format(at)
                + " (" + zone + ")";
    }
}
