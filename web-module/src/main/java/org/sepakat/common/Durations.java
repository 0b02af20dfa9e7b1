package org.sepakat.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A length of time as people read it (issue 12 §3): "1:30 h" up to two days, "20 days 6:00 h"
 * beyond, to the minute (half a minute rounds up); never a count of seconds. Words from the
 * bundles, with their plurals, in both languages.
 */
public final class Durations {

    private static final long MINUTES_PER_DAY = 24 * 60;
    private static final long HOURS_SHOWN_UP_TO = 48;

    private Durations() {}

    public static String of(Locale locale, BigDecimal seconds) {
        return seconds == null
                ? ""
                : of(locale, seconds.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public static String of(Locale locale, long seconds) {
        long minutes = Math.floorDiv(Math.abs(seconds) + 30, 60);
        String sign = seconds < 0 ? "-" : "";
        if (minutes < HOURS_SHOWN_UP_TO * 60) {
            return sign + Messages.text(locale, "duration.hours", minutes / 60, twoDigits(minutes % 60));
        }
        long days = minutes / MINUTES_PER_DAY;
        long rest = minutes % MINUTES_PER_DAY;
        if (rest == 0) {
            return sign + Messages.text(locale, "duration.days", days);
        }
        return sign + Messages.text(locale, "duration.daysHours", days, rest / 60, twoDigits(rest % 60));
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
