package org.sepakat.it.browser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as every page writes it (issue 12 §3): date in the language, 24-hour time, the zone's short name. */
final class ShownMoment {

    private ShownMoment() {}

    private static DateTimeFormatter format(Locale locale) {
        return new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))
                .appendLiteral(' ')
                .appendPattern("HH:mm z")
                .toFormatter(locale);
    }

    static String of(Instant moment, ZoneId zone, Locale locale) {
        return format(locale).format(moment.atZone(zone));
    }

    /** What an English page shows in the server's zone, a signed-in user's zone until they choose one. */
    static String english(Instant moment) {
        return of(moment, ZoneId.systemDefault(), Locale.ENGLISH);
    }

    static Instant parseEnglish(String text) {
        return ZonedDateTime.parse(text, format(Locale.ENGLISH)).toInstant();
    }
}
