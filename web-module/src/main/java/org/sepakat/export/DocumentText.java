package org.sepakat.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.sepakat.common.Messages;

/**
 * What every document (SLA, period report; the pages that word them alike) writes in its reader's language
 * labels from the bundles, numbers with the language's decimal sign ("99.8" / "99,8"), dates, and
 * times with their zone ("09:00 WIB").
 */
public class DocumentText {

    private static final int MAX_FRACTION_DIGITS = 4;

    private final Locale locale;

    public DocumentText(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String label(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    public String label(Enum<?> constant) {
        return constant == null
                ? ""
                : label("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    public String[] labels(String... keys) {
        String[] labels = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            labels[i] = label(keys[i]);
        }
        return labels;
    }

    /** A figure as the reader writes it, without trailing zeros: 99.8 in English, 99,8 in Bahasa Indonesia. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A share with two decimals at most, "–" when there is none: "99.81 %" / "99,81 %". */
    public String percent(BigDecimal value) {
        return value == null ? "–" : number(value.setScale(2, RoundingMode.HALF_UP)) + " %";
    }

    public String date(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }

    /** A moment in the document's zone, labelled with it: "Jan 5, 2026, 10:00 AM WIB". */
    public String moment(Instant at, String zone) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(ZoneId.of(zone));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(local)
                + " " + zoneName(local);
    }

    /** A time of day in the document's zone, labelled with it: "09:00 WIB" (the zone's name of that day). */
    public String time(LocalTime time, LocalDate day, String zone) {
        ZonedDateTime local = time.atDate(day).atZone(ZoneId.of(zone));
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(local) + " " + zoneName(local);
    }

    /** The name the zone goes by now, e.g. "WIB" for Asia/Jakarta. */
    public String zoneName(String zone) {
        return zoneName(ZonedDateTime.now(ZoneId.of(zone)));
    }

    private String zoneName(ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("z", locale).format(at);
    }
}
