package org.sepakat.web.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one way a moment is shown (issue 12 §3): the date in the user's language, the time on a
 * 24-hour clock, in the user's zone and labelled with that zone's short name ("5 Des 2026 09:00 WIB"),
 * so a page never shows one moment in two zones or a time without its zone.
 */
public final class Moments {

    /** The zones offered first: Indonesia's three, then the region's and the world's usual ones. */
    private static final List<String> USUAL = List.of(
            "Asia/Jakarta",
            "Asia/Makassar",
            "Asia/Jayapura",
            "Asia/Singapore",
            "Asia/Kuala_Lumpur",
            "Asia/Bangkok",
            "Asia/Manila",
            "Asia/Hong_Kong",
            "Asia/Tokyo",
            "Asia/Kolkata",
            "Asia/Dubai",
            "Australia/Perth",
            "Australia/Sydney",
            "Pacific/Auckland",
            "Europe/London",
            "Europe/Amsterdam",
            "Europe/Berlin",
            "America/New_York",
            "America/Chicago",
            "America/Los_Angeles",
            "UTC");

    /** A zone a user may choose: its id and how it is offered ("Asia/Jakarta (UTC+07:00)"). */
    public record Zone(String id, String label) {}

    private Moments() {}

    public static String format(Instant moment, ZoneId zone, Locale locale) {
        if (moment == null) {
            return "";
        }
        ZonedDateTime local = moment.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(local)
                + " "
                + DateTimeFormatter.ofPattern("HH:mm z", locale).format(local);
    }

    /** The zone's short name at a moment ("WIB" for Asia/Jakarta, in both languages). */
    public static String label(ZoneId zone, Locale locale, Instant at) {
        return DateTimeFormatter.ofPattern("z", locale).format(at.atZone(zone));
    }

    /** The zone a stored id names, or the server's when there is none or it is no longer known. */
    public static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    /**
     * Every zone the server knows (issue 12 §3), each once and labelled with its offset now
     * ("Asia/Jakarta (UTC+07:00)"): Indonesia's and the region's usual ones first, then all the others
     * by name, so the filtering menu finds any zone by a part of its name or offset.
     */
    public static List<Zone> choices(ZoneId current) {
        Set<String> ids = new LinkedHashSet<>(USUAL);
        ids.add(ZoneId.systemDefault().getId());
        ids.add(current.getId());
        ids.addAll(ZoneId.getAvailableZoneIds());
        Instant now = Instant.now();
        return Stream.concat(
                        USUAL.stream(),
                        ids.stream().filter(id -> !USUAL.contains(id)).sorted(Comparator.naturalOrder()))
                .map(id -> new Zone(id, offsetLabel(ZoneId.of(id), now)))
                .toList();
    }

    /** A zone by its id and its offset at a moment: "Asia/Jakarta (UTC+07:00)", "UTC (UTC+00:00)". */
    public static String offsetLabel(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        String shown = offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
        return zone.getId() + " (UTC" + shown + ")";
    }
}
